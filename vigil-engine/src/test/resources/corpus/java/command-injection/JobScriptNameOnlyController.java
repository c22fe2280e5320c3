// vigil-expect: safe cwe=78
// case: only the length of the record's name reaches the command; the script is stored, not run
package corpus.cmdi2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JobScriptNameOnlyController {
  public record JobRequest(String name, String script, int retries) {}

  private final List<String> pending = new ArrayList<>();

  @PostMapping("/jobs-queued")
  public long submit(@RequestBody JobRequest job) throws IOException {
    pending.add(job.script());
    return schedule(job.name());
  }

  private long schedule(String name) throws IOException {
    String line = "echo queued " + name.length() + " && C:\\jobs\\run-pending.cmd";
    return launch(line);
  }

  private long launch(String line) throws IOException {
    Process p = Runtime.getRuntime().exec(new String[] {"cmd.exe", "/c", line});
    return p.pid();
  }
}

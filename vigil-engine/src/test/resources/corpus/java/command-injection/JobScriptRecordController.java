// vigil-expect: vulnerable cwe=78
// case: a @RequestBody record's script reaches cmd.exe /c through two private methods
package corpus.cmdi2;

import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class JobScriptRecordController {
  public record JobRequest(String name, String script, int retries) {}

  @PostMapping("/jobs")
  public long submit(@RequestBody JobRequest job) throws IOException {
    return schedule(job.name(), job.script());
  }

  private long schedule(String name, String script) throws IOException {
    String line = "echo starting " + name.length() + " && " + script;
    return launch(line);
  }

  private long launch(String line) throws IOException {
    Process p = Runtime.getRuntime().exec(new String[] {"cmd.exe", "/c", line});
    return p.pid();
  }
}

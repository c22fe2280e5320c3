// vigil-expect: safe cwe=78
// case: the query value is parsed as an int and bounded before it becomes a git option
package corpus.cmdi2;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/repo/log-limited")
public class GitLogLimitResource {
  @GET
  public int log(@QueryParam("limit") String limit) throws IOException, InterruptedException {
    int n = Math.min(Math.max(Integer.parseInt(limit), 1), 500);
    List<String> command = Stream.of("git", "log", "--oneline", "-n", String.valueOf(n)).toList();
    return new ProcessBuilder(command).start().waitFor();
  }
}

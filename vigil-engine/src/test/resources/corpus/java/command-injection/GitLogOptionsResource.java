// vigil-expect: vulnerable cwe=88
// case: repeated query values are streamed onto a git command line as extra options
package corpus.cmdi2;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/repo/log")
public class GitLogOptionsResource {
  @GET
  public int log(@QueryParam("opt") List<String> options) throws IOException, InterruptedException {
    List<String> command = Stream.concat(Stream.of("git", "log", "--oneline"), options.stream()).toList();
    return new ProcessBuilder(command).start().waitFor();
  }
}

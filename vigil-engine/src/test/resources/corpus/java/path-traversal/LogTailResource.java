// vigil-expect: vulnerable cwe=22
// case: a JAX-RS path parameter names the log file that a helper streams with Files.lines
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;

@javax.ws.rs.Path("/ops/logs")
public class LogTailResource {
  private static final Path LOG_DIR = Path.of("/var/log/app");

  @GET
  @javax.ws.rs.Path("/{file}")
  @Produces("text/plain")
  public String tail(@PathParam("file") String file) throws IOException {
    return lastLines(LOG_DIR.resolve(file), 200);
  }

  private static String lastLines(Path path, int n) throws IOException {
    try (Stream<String> lines = Files.lines(path)) {
      List<String> all = lines.collect(Collectors.toList());
      return String.join("\n", all.subList(Math.max(0, all.size() - n), all.size()));
    }
  }
}

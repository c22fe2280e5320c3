// vigil-expect: safe cwe=22
// case: the path parameter must equal the name of a file listed in the log directory
package corpus.path2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;

@javax.ws.rs.Path("/ops/logs-listed")
public class LogTailListedResource {
  private static final Path LOG_DIR = Path.of("/var/log/app");

  @GET
  @javax.ws.rs.Path("/{file}")
  @Produces("text/plain")
  public String tail(@PathParam("file") String file) throws IOException {
    Optional<Path> match;
    try (Stream<Path> listed = Files.list(LOG_DIR)) {
      match = listed.filter(p -> p.getFileName().toString().equals(file)).findFirst();
    }
    Path path = match.orElseThrow(NotFoundException::new);
    return Files.readString(path);
  }
}

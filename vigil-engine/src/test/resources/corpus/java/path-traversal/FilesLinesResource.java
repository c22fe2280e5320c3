// vigil-expect: vulnerable cwe=22
// case: Files.lines over a log file named by the request
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/path/files-lines")
public class FilesLinesResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GET
  @Path("/{file}")
  public void handle(@PathParam("file") String fileName, @Context HttpServletResponse response)
      throws IOException {
    try (java.util.stream.Stream<String> lines = Files.lines(Paths.get("/var/log/app", fileName))) {
      response.getWriter().print(lines.count());
    }
  }
}

// vigil-expect: vulnerable cwe=78
// case: call through an interface with a single implementation in another file
package corpus.cmdi.archive;

import java.io.IOException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/archive")
public class ArchiveController {
  private final Archiver archiver = new TarArchiver();

  @POST
  public void archive(@QueryParam("dir") String dir) throws IOException {
    archiver.pack(dir);
  }
}

// vigil-expect: vulnerable cwe=22
// case: RandomAccessFile opened on the name
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/path/random-access")
public class RandomAccessResource {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @POST
  public void handle(@FormParam("file") String fileName, @Context HttpServletResponse response)
      throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(new File(UPLOAD_DIR, fileName), "r")) {
      response.setContentLengthLong(raf.length());
    }
  }
}

// vigil-expect: safe cwe=113
// case: Spring ContentDisposition encodes the file name
package corpus.header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/header/spring-content-disposition")
public class SpringContentDispositionResource {
  @GET
  @Path("/{lang}")
  public void handle(@PathParam("lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
        .filename(lang + ".pdf", StandardCharsets.UTF_8).build().toString());
  }
}

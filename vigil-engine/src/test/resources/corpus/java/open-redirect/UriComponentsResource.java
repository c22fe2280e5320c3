// vigil-expect: safe cwe=601
// case: value only as an encoded query parameter of a fixed path
package corpus.redirect;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/redirect/uri-components")
public class UriComponentsResource {
  @GET
  @Path("/{next}")
  public void handle(@PathParam("next") String next, @Context HttpServletResponse response)
      throws IOException {
    String target = org.springframework.web.util.UriComponentsBuilder.fromPath("/search")
        .queryParam("q", next).encode().build().toUriString();
    response.sendRedirect(target);
  }
}

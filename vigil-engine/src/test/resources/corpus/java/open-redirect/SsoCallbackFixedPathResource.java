// vigil-expect: safe cwe=601
// case: JAX-RS UriBuilder from a fixed path; the state is only added as a query parameter
package corpus.redirect2;

import java.net.URI;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;

@Path("/sso/callback-fixed")
public class SsoCallbackFixedPathResource {
  @GET
  public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
    if (code == null || code.isEmpty()) {
      return Response.status(401).build();
    }
    URI target = UriBuilder.fromPath("/app/welcome").queryParam("state", state).build();
    return Response.seeOther(target).build();
  }
}

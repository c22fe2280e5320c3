// vigil-expect: vulnerable cwe=601
// case: JAX-RS Response.seeOther to a URI made from the state query parameter
package corpus.redirect2;

import java.net.URI;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@Path("/sso/callback")
public class SsoCallbackResource {
  @GET
  public Response callback(@QueryParam("code") String code, @QueryParam("state") String state) {
    if (code == null || code.isEmpty()) {
      return Response.status(401).build();
    }
    return Response.seeOther(URI.create(state)).build();
  }
}

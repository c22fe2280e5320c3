// vigil-expect: vulnerable cwe=113
// case: JAX-RS response builder copies a query parameter into Content-Language
package corpus.header;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

@Path("/articles")
public class JaxRsLanguageHeader {
  @GET
  public Response article(@QueryParam("lang") String lang) {
    String body = "<article lang=\"en\">...</article>";
    return Response.ok(body).header("Content-Language", lang).build();
  }
}

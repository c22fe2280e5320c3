// vigil-expect: vulnerable cwe=79
// case: a JAX-RS resource producing text/html returns String.format markup with the query
package corpus.xss2;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

@Path("/search")
public class SearchEchoResource {
  @GET
  @Produces(MediaType.TEXT_HTML)
  public String search(@QueryParam("q") String q) {
    return String.format("<html><body><p>No results for <em>%s</em></p></body></html>", q);
  }
}

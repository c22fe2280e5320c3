// vigil-expect: vulnerable cwe=730
// case: JAX-RS query parameter used as the regex of String.replaceAll on a stored template
package corpus.heldout4.regex;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/templates")
public class ReplaceAllResource {
  private static final String TEMPLATE = "Dear customer, your order is ready.";

  @GET
  public String preview(@QueryParam("find") String find, @QueryParam("with") String with) {
    String safeWith = with == null ? "" : with.replace("$", "");
    return TEMPLATE.replaceAll(find, safeWith);
  }
}

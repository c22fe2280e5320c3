// vigil-expect: safe cwe=79
// case: the JAX-RS text/html resource escapes the query with Commons Text escapeHtml4
package corpus.xss2;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.apache.commons.text.StringEscapeUtils;

@Path("/search-escaped")
public class SearchEchoEscapedResource {
  @GET
  @Produces(MediaType.TEXT_HTML)
  public String search(@QueryParam("q") String q) {
    String shown = StringEscapeUtils.escapeHtml4(q);
    return String.format("<html><body><p>No results for <em>%s</em></p></body></html>", shown);
  }
}

// vigil-expect: safe cwe=79
// case: ESAPI encodeForHTML
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.owasp.esapi.ESAPI;

@Path("/xss/esapi")
public class EsapiResource {
  @GET
  public void handle(@QueryParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    String encoded = ESAPI.encoder().encodeForHTML(query);
    response.getWriter().print("<span>" + encoded + "</span>");
  }
}

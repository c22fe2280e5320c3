// vigil-expect: safe cwe=79
// case: OWASP Encoder forHtmlAttribute inside an attribute
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import org.owasp.encoder.Encode;

@Path("/xss/encode-attribute")
public class EncodeAttributeResource {
  @GET
  @Path("/{q}")
  public void handle(@PathParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    response.getWriter().print("<input value=\"" + Encode.forHtmlAttribute(query) + "\">");
  }
}

// vigil-expect: vulnerable cwe=611
// case: JDOM SAXBuilder without features
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.jdom2.input.SAXBuilder;
import org.w3c.dom.Document;

@Path("/xxe/jdom")
public class JdomResource {
  @POST
  public void handle(@FormParam("xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      org.jdom2.Document doc = new SAXBuilder().build(new StringReader(xml));
      response.getWriter().print(doc.getRootElement().getName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

// vigil-expect: safe cwe=611
// case: dom4j SAXReader with doctype disallowed
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.dom4j.io.SAXReader;
import org.w3c.dom.Document;

@Path("/xxe/dom4j-secure")
public class Dom4jSecureResource {
  @POST
  public void handle(@QueryParam("xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      SAXReader reader = new SAXReader();
      reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.dom4j.Document doc = reader.read(new StringReader(xml));
      response.getWriter().print(doc.getRootElement().getName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

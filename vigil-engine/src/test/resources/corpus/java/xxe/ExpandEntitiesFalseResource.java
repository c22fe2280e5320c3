// vigil-expect: vulnerable cwe=611
// case: setExpandEntityReferences(false) alone does not stop external DTDs
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@Path("/xxe/expand-entities-false")
public class ExpandEntitiesFalseResource {
  @POST
  public void handle(@FormParam("xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setExpandEntityReferences(false);
      Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      response.getWriter().print(doc.getDocumentElement().getNodeName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

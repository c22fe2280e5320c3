// vigil-expect: safe cwe=611
// case: DOCTYPE declarations disallowed
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@Path("/xxe/disallow-doctype")
public class DisallowDoctypeResource {
  @POST
  @Path("/{xml}")
  public void handle(@PathParam("xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      response.getWriter().print(doc.getDocumentElement().getNodeName());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

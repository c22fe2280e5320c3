// vigil-expect: safe cwe=611
// case: StAX with DTD support off
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

@Path("/xxe/stax-no-dtd")
public class StaxNoDtdResource {
  @POST
  public void handle(@HeaderParam("X-Xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
      response.getWriter().print(reader.hasNext());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

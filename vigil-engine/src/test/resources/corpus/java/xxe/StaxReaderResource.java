// vigil-expect: vulnerable cwe=611
// case: default XMLInputFactory
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

@Path("/xxe/stax-reader")
public class StaxReaderResource {
  @POST
  public void handle(@QueryParam("xml") String xml, @Context HttpServletResponse response)
      throws IOException {
    try {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
      int events = 0;
      while (reader.hasNext()) {
        reader.next();
        events++;
      }
      response.getWriter().print(events);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

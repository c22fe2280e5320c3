// vigil-expect: safe cwe=611
// case: SAX with external entities and external DTD loading off
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

@Path("/xxe/sax-entities-off")
public class SaxEntitiesOffResource {
  @POST
  @Path("/{xml}")
  public void handle(@PathParam("xml") String xml)
      throws IOException {
    try {
      SAXParserFactory spf = SAXParserFactory.newInstance();
      spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
      spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      spf.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package samples;

import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class XxeSamples {
  public Document parse(HttpServletRequest request) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    DocumentBuilder builder = factory.newDocumentBuilder();
    InputStream body = request.getInputStream();
    // ruleid: java.xxe
    return builder.parse(body);
  }

  public Document local() throws Exception {
    DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    // ok: java.xxe
    return builder.parse("config.xml");
  }
}

class HardenedXmlSamples {
  public Document parse(HttpServletRequest request) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    // ok: java.xxe
    return builder.parse(request.getInputStream());
  }
}

class BoxedFlagXmlSamples {
  public javax.xml.stream.XMLStreamReader read(HttpServletRequest request) throws Exception {
    javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newInstance();
    factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    // ok: java.xxe
    return factory.createXMLStreamReader(request.getInputStream());
  }
}

package samples;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.bind.JAXBContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.dom4j.io.SAXReader;
import org.jdom2.input.SAXBuilder;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

class XxeParserSamples {
  static class Defaults {
    Document dom(InputStream in) throws Exception {
      // ruleid: java.xxe-parser
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }

    Object dom4j(File file) throws Exception {
      SAXReader reader = new SAXReader();
      // ruleid: java.xxe-parser
      return reader.read(file);
    }

    Object fixedFile() throws Exception {
      // ruleid: java.xxe-parser
      return new SAXBuilder().build(new File("/etc/app/settings.xml"));
    }

    Object jaxb(InputStream in) throws Exception {
      // ruleid: java.xxe-parser
      return JAXBContext.newInstance(Object.class).createUnmarshaller().unmarshal(in);
    }

    void serialise(Document document, StreamResult out) throws Exception {
      // ok: java.xxe-parser
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), out);
    }

    Document bundled() throws Exception {
      // ok: java.xxe-parser
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(getClass().getResourceAsStream("/a.xml"));
    }
  }

  static class StaxEntitiesOnly {
    XMLStreamReader read(Reader in) throws Exception {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      // ruleid: java.xxe-parser
      return factory.createXMLStreamReader(in);
    }
  }

  static class StaxNoDtd {
    XMLStreamReader read(Reader in) throws Exception {
      XMLInputFactory factory = XMLInputFactory.newInstance();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
      // ok: java.xxe-parser
      return factory.createXMLStreamReader(in);
    }
  }

  static class SaxHelper {
    private static final String GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String PARAMETER = "http://xml.org/sax/features/external-parameter-entities";

    void parse(InputStream in, DefaultHandler handler) throws Exception {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      off(factory, GENERAL);
      off(factory, PARAMETER);
      // ok: java.xxe-parser
      factory.newSAXParser().parse(in, handler);
    }

    private static void off(SAXParserFactory factory, String feature) throws Exception {
      factory.setFeature(feature, false);
    }
  }

  static class TransformerAccess {
    void copy(InputStream in, StreamResult out) throws Exception {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // ok: java.xxe-parser
      factory.newTransformer().transform(new StreamSource(in), out);
    }
  }
}

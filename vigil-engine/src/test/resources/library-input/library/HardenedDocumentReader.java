package sample.settings;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads the caller's XML documents with DOCTYPE declarations refused. */
public class HardenedDocumentReader {
  public Document read(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    // ok: java.xxe
    return factory.newDocumentBuilder().parse(in);
  }
}

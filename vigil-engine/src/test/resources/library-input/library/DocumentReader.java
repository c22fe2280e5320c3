package sample.settings;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Reads the caller's XML documents. */
public class DocumentReader {
  public Document read(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // ruleid: java.xxe
    return factory.newDocumentBuilder().parse(in);
  }
}

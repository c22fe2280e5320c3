// vigil-expect: vulnerable cwe=611
// case: a static factory method builds a default DocumentBuilder; the request body is parsed
package corpus.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

public class XmlUtilDocumentBuilder extends HttpServlet {
  private static DocumentBuilder newBuilder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder();
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (InputStream body = req.getInputStream()) {
      Document order = newBuilder().parse(body);
      resp.getWriter().print(order.getDocumentElement().getAttribute("id"));
    } catch (ParserConfigurationException | SAXException e) {
      resp.sendError(400);
    }
  }
}

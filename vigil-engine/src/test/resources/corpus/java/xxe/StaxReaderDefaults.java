// vigil-expect: vulnerable cwe=611
// case: XMLInputFactory.newFactory with defaults reads the request reader
package corpus.xxe;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

public class StaxReaderDefaults extends HttpServlet {
  private final XMLInputFactory inputs = XMLInputFactory.newFactory();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    int elements = 0;
    try {
      XMLStreamReader reader = inputs.createXMLStreamReader(req.getReader());
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT) elements++;
      }
    } catch (XMLStreamException e) {
      resp.sendError(400);
      return;
    }
    resp.getWriter().print(elements);
  }
}

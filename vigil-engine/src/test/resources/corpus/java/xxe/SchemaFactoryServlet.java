// vigil-expect: vulnerable cwe=611
// case: SchemaFactory compiles a schema from the request
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;

@WebServlet("/xxe/schema-factory")
public class SchemaFactoryServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = request.getHeader("X-Xml");
    try {
      javax.xml.validation.SchemaFactory factory =
          javax.xml.validation.SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.newSchema(new StreamSource(new StringReader(xml)));
      response.setStatus(204);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

// vigil-expect: vulnerable cwe=611
// case: XMLReader from a default SAXParserFactory
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

@WebServlet("/xxe/xml-reader")
public class XmlReaderServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("xml".equals(cookie.getName())) {
          xml = cookie.getValue();
        }
      }
    }
    try {
      XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
      reader.setContentHandler(new DefaultHandler());
      reader.parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

// vigil-expect: safe cwe=611
// case: TransformerFactory with external access disabled
package corpus.xxe;

import java.io.IOException;
import java.io.StringReader;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

@WebServlet("/xxe/secure-processing-transformer")
public class SecureProcessingTransformerServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String xml = request.getParameter("xml");
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      tf.newTransformer().transform(new StreamSource(new StringReader(xml)), new StreamResult(response.getWriter()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

// vigil-expect: safe cwe=918
// case: the URL comes from ClassLoader.getResource, a jar or file URL of the application itself, then openStream
package corpus.heldout3.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/help")
public class ClassLoaderTemplateServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String topic = request.getParameter("topic");
    URL resource = getClass().getClassLoader().getResource("help/" + topic + ".html");
    if (resource == null) {
      response.sendError(404);
      return;
    }
    try (InputStream in = resource.openStream()) {
      in.transferTo(response.getOutputStream());
    }
  }
}

// vigil-expect: vulnerable cwe=918
// case: a classpath: location is read locally, but any other location is opened as a URL the caller chose
package corpus.heldout3.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/import")
public class ClasspathOrRemoteServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String location = request.getParameter("location");
    URL source;
    if (location.startsWith("classpath:")) {
      source = getClass().getClassLoader().getResource(location.substring("classpath:".length()));
    } else {
      source = new URL(location);
    }
    try (InputStream in = source.openStream()) {
      response.getWriter().print(in.readAllBytes().length);
    }
  }
}

// vigil-expect: safe cwe=918
// case: ServletContext.getResource returns a URL inside the web application; reading it is no outbound request
package corpus.heldout3.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/skins")
public class ServletContextResourceServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String skin = request.getParameter("skin");
    URL css = getServletContext().getResource("/skins/" + skin + "/style.css");
    if (css != null) {
      try (InputStream in = css.openStream()) {
        in.transferTo(response.getOutputStream());
      }
    }
  }
}

// vigil-expect: safe cwe=79
// case: the parameter is only the key of a Caffeine cache lookup; the cached markup is the application's own
package corpus.heldout3.xss;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/widgets")
public class CaffeineTemplateCacheServlet extends HttpServlet {
  private static final String DEFAULT_WIDGET = "<div class=\"widget\"></div>";
  private final Cache<String, String> widgets = Caffeine.newBuilder().maximumSize(100).build();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    String markup = widgets.get(name, key -> DEFAULT_WIDGET);
    response.setContentType("text/html");
    response.getWriter().print(markup);
  }
}

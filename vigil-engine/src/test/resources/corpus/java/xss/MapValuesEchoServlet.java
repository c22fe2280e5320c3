// vigil-expect: safe cwe=79
// case: the parameter is only a map key; the values written into the page are constants
package corpus.heldout3.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/tags-values")
public class MapValuesEchoServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, String> labels = new HashMap<>();
    labels.put(request.getParameter("tag"), "selected");
    PrintWriter out = response.getWriter();
    for (String label : labels.values()) {
      out.print("<li class=\"" + label + "\">tag</li>");
    }
  }
}

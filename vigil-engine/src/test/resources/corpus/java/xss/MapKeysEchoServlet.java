// vigil-expect: vulnerable cwe=79
// case: the parameter is a map key; the keys are written into the page
package corpus.heldout3.xss;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/tags-keys")
public class MapKeysEchoServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    counts.put(request.getParameter("tag"), 1);
    PrintWriter out = response.getWriter();
    for (String tag : counts.keySet()) {
      out.print("<li>" + tag + "</li>");
    }
  }
}

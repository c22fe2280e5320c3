// vigil-expect: safe cwe=501
// case: tainted element removed before storing
package corpus.trust;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/list-removed")
public class ListRemovedServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = request.getHeader("X-Role");
    List<String> values = new ArrayList<>();
    values.add(role);
    values.add("viewer");
    values.remove(0);
    request.getSession().setAttribute("role", values.get(0));
  }
}

// vigil-expect: vulnerable cwe=79
// case: a StringBuilder chain puts the bio and website into the page written by the servlet
package corpus.xss2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/profile/preview")
public class ProfileCardServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String bio = req.getParameter("bio");
    String site = req.getParameter("website");
    StringBuilder html = new StringBuilder()
        .append("<div class=\"card\">")
        .append("<p>").append(bio).append("</p>")
        .append("<a href=\"").append(site).append("\">website</a>")
        .append("</div>");
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter().write(html.toString());
  }
}

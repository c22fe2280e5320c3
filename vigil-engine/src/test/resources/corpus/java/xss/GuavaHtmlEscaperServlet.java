// vigil-expect: safe cwe=79
// case: Guava's HtmlEscapers.htmlEscaper().escape encodes the query before it is written into the page
package corpus.heldout3.xss;

import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/find")
public class GuavaHtmlEscaperServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String q = request.getParameter("q");
    response.setContentType("text/html");
    response.getWriter().write("<p>No results for " + HtmlEscapers.htmlEscaper().escape(q) + "</p>");
  }
}

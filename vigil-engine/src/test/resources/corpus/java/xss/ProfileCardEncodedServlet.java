// vigil-expect: safe cwe=79
// case: the same card built with OWASP Encoder forHtml and forHtmlAttribute in the builder chain
package corpus.xss2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

@WebServlet("/profile/preview-encoded")
public class ProfileCardEncodedServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String bio = req.getParameter("bio");
    String site = req.getParameter("website");
    StringBuilder html = new StringBuilder()
        .append("<div class=\"card\">")
        .append("<p>").append(Encode.forHtml(bio)).append("</p>")
        .append("<a href=\"").append(Encode.forHtmlAttribute(site)).append("\">website</a>")
        .append("</div>");
    resp.setContentType("text/html;charset=UTF-8");
    resp.getWriter().write(html.toString());
  }
}

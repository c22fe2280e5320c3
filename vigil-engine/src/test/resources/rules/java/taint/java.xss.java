package samples;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.web.util.HtmlUtils;

public class XssSamples extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    PrintWriter out = response.getWriter();
    // ruleid: java.xss
    out.println("<p>Hello " + name + "</p>");
    // ok: java.xss
    out.println("<p>Hello " + Encode.forHtml(name) + "</p>");
    // ok: java.xss
    response.getWriter().print(HtmlUtils.htmlEscape(name));
    // ruleid: java.xss
    response.getWriter().format("<b>%s</b>", name);
    // ok: java.xss
    out.println("<p>static</p>");
  }

  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String comment = request.getHeader("X-Comment");
    StringBuilder html = new StringBuilder("<div>");
    html.append(comment).append("</div>");
    // ruleid: java.xss
    response.getWriter().write(html.toString());
    String other = "<div>fixed</div>";
    StringBuilder safe = new StringBuilder(other);
    // ok: java.xss
    response.getWriter().write(safe.toString());
  }

  protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    // ok: java.xss
    response.getWriter().write("{\"echo\": \"" + request.getParameter("q") + "\"}");
  }
}

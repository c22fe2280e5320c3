package corpus.xss.view;

import java.io.PrintWriter;

public class HtmlView {
  public void heading(PrintWriter out, String text) {
    out.println("<h1>" + text + "</h1>");
  }
}

package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Lists the tags containing the text the client sends, taken literally (quoted by hand). */
public class TagSearchServlet extends HttpServlet {
  private static final List<String> TAGS = List.of("sale", "new", "autumn");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String text = String.valueOf(request.getParameter("text"));
    Pattern literal = Pattern.compile("\\Q" + text.replace("\\E", "\\E\\\\E\\Q") + "\\E");
    for (String tag : TAGS) {
      if (literal.matcher(tag).find()) response.getWriter().println(tag);
    }
  }
}

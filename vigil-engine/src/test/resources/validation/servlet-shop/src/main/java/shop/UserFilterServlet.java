package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Lists the users whose name matches the pattern the client sends. */
public class UserFilterServlet extends HttpServlet {
  private static final List<String> USERS = List.of("ada", "grace", "linus");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Pattern filter = Pattern.compile("^" + request.getParameter("filter"), Pattern.CASE_INSENSITIVE);
    for (String user : USERS) {
      if (filter.matcher(user).find()) response.getWriter().println(user);
    }
  }
}

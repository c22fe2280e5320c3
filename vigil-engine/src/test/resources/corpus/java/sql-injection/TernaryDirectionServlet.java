// vigil-expect: safe cwe=89
// case: ternary picks ASC or DESC
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/ternary-direction")
public class TernaryDirectionServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("name".equals(cookie.getName())) {
          name = cookie.getValue();
        }
      }
    }
    String direction = "desc".equalsIgnoreCase(name) ? "DESC" : "ASC";
    response.getWriter().print(jdbcTemplate.queryForList("SELECT * FROM posts ORDER BY created " + direction).size());
  }
}

// vigil-expect: vulnerable cwe=89
// case: constant condition (7*42)-86 > 200 is true, so the tainted branch runs
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/live-branch")
public class LiveBranchServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = request.getParameter("name");
    String sql = "SELECT * FROM users WHERE name = 'guest'";
    if ((7 * 42) - 86 > 200) {
      sql = "SELECT * FROM users WHERE name = '" + name + "'";
    }
    response.getWriter().print(jdbcTemplate.queryForList(sql).size());
  }
}

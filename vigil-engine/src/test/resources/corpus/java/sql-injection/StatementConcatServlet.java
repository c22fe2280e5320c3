// vigil-expect: vulnerable cwe=89
// case: string concatenation into Statement.executeQuery
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/statement-concat")
public class StatementConcatServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = request.getParameter("name");
    try (Connection conn = dataSource.getConnection();
         Statement st = conn.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT id, email FROM users WHERE name = '" + name + "'");
      while (rs.next()) {
        response.getWriter().println(rs.getLong("id"));
      }
    } catch (SQLException e) {
      throw new IOException("lookup failed", e);
    }
  }
}

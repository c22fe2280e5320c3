// vigil-expect: vulnerable cwe=89
// case: prepareStatement with a concatenated LIKE pattern
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/prepare-concat")
public class PrepareConcatServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = request.getHeader("X-Name");
    try (Connection conn = dataSource.getConnection();
         PreparedStatement ps = conn.prepareStatement(
             "SELECT * FROM users WHERE email LIKE '%" + name + "%'")) {
      ResultSet rs = ps.executeQuery();
      response.getWriter().print(rs.next());
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

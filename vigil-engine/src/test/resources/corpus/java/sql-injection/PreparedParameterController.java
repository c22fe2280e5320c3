// vigil-expect: safe cwe=89
// case: PreparedStatement with a bound parameter
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/sqli/prepared-parameter")
public class PreparedParameterController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestParam("name") String name, HttpServletResponse response)
      throws IOException {
    try (Connection conn = dataSource.getConnection();
         PreparedStatement ps = conn.prepareStatement("SELECT id FROM users WHERE name = ?")) {
      ps.setString(1, name);
      ResultSet rs = ps.executeQuery();
      response.getWriter().print(rs.next());
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

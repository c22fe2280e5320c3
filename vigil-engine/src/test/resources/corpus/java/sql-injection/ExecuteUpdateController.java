// vigil-expect: vulnerable cwe=89
// case: executeUpdate with the nickname concatenated
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/execute-update")
public class ExecuteUpdateController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @PostMapping
  public void handle(@RequestHeader("X-Name") String name)
      throws IOException {
    try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
      st.executeUpdate("UPDATE profiles SET nickname = '" + name + "' WHERE id = 7");
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

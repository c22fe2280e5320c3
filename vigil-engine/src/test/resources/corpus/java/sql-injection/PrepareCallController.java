// vigil-expect: vulnerable cwe=89
// case: stored procedure call text built from input
package corpus.sqli;

import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/prepare-call")
public class PrepareCallController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @PostMapping
  public void handle(@RequestBody String name)
      throws IOException {
    try (Connection conn = dataSource.getConnection();
         CallableStatement cs = conn.prepareCall("{call audit_user('" + name + "')}")) {
      cs.execute();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

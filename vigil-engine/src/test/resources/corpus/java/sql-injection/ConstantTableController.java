// vigil-expect: safe cwe=89
// case: only constants are concatenated; input is bound
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/constant-table")
public class ConstantTableController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @PostMapping
  public void handle(@RequestBody String name)
      throws IOException {
    String table = "audit_" + "2024";
    jdbcTemplate.update("INSERT INTO " + table + " (who, at) VALUES (?, CURRENT_TIMESTAMP)", name);
  }
}

// vigil-expect: safe cwe=89
// case: a path variable declared as long is concatenated; only digits can reach the query
package corpus.sqli2;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LongPathVariableController {
  private final JdbcTemplate jdbc;

  public LongPathVariableController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/invoices/{id}")
  public Map<String, Object> invoice(@PathVariable("id") long id) {
    return jdbc.queryForMap("SELECT id, total, currency FROM invoices WHERE id = " + id);
  }
}

// vigil-expect: vulnerable cwe=89
// case: an optional filter is mapped into a LIKE clause by Optional.map and appended to the query
package corpus.sqli2;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OptionalNameFilterController {
  private final JdbcTemplate jdbc;

  public OptionalNameFilterController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/customers")
  public List<String> customers(@RequestParam(required = false) String name) {
    String where = Optional.ofNullable(name)
        .filter(n -> !n.isBlank())
        .map(n -> " WHERE name LIKE '%" + n + "%'")
        .orElse("");
    return jdbc.queryForList("SELECT name FROM customers" + where, String.class);
  }
}

// vigil-expect: safe cwe=89
// case: the concatenating legacy search sits behind a constant false feature flag; the live path binds
package corpus.sqli2;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LegacySearchFlagController {
  private static final boolean LEGACY_SEARCH = false;
  private final JdbcTemplate jdbc;

  public LegacySearchFlagController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/customers/search")
  public List<String> search(@RequestParam String q) {
    if (LEGACY_SEARCH) {
      return jdbc.queryForList("SELECT name FROM customers WHERE name LIKE '%" + q + "%'", String.class);
    }
    return jdbc.queryForList("SELECT name FROM customers WHERE name LIKE ?", String.class, "%" + q + "%");
  }
}

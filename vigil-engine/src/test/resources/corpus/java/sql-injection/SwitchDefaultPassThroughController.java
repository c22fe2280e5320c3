// vigil-expect: vulnerable cwe=89
// case: switch expression maps known sort keys but its default arm passes the raw input through
package corpus.sqli2;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SwitchDefaultPassThroughController {
  private final JdbcTemplate jdbc;

  public SwitchDefaultPassThroughController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/products")
  public List<Map<String, Object>> products(@RequestParam String sort) {
    String column = switch (sort) {
      case "price" -> "unit_price";
      case "name" -> "display_name";
      default -> sort;
    };
    return jdbc.queryForList("SELECT * FROM products ORDER BY " + column + " LIMIT 100");
  }
}

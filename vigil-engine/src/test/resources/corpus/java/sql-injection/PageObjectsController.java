// vigil-expect: safe cwe=89
// case: one Page holds the requested name, another a constant name; only the constant one's field reaches SQL
package corpus.heldout3.sqli;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PageObjectsController {
  private final JdbcTemplate jdbc;

  public PageObjectsController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/pages/compare")
  public List<Map<String, Object>> compare(@RequestParam String name) {
    Page requested = new Page(name);
    Page home = new Page("Main");
    if (requested.getName().equals(home.getName())) {
      return List.of();
    }
    return jdbc.queryForList("select * from pages where name = '" + home.getName() + "'");
  }

  static final class Page {
    private final String name;

    Page(String name) {
      this.name = name;
    }

    String getName() {
      return name;
    }
  }
}

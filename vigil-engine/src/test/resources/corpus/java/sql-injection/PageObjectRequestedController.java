// vigil-expect: vulnerable cwe=89
// case: the Page built from the request parameter is the one whose name is concatenated into SQL
package corpus.heldout3.sqli;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PageObjectRequestedController {
  private final JdbcTemplate jdbc;

  public PageObjectRequestedController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/pages/history")
  public List<Map<String, Object>> history(@RequestParam String name) {
    Page home = new Page("Main");
    Page requested = new Page(name);
    return jdbc.queryForList("select * from page_history where name = '" + requested.getName()
        + "' or name = '" + home.getName() + "'");
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

// vigil-expect: vulnerable cwe=89
// case: JdbcTemplate.queryForList with a request parameter concatenated into the WHERE clause
package corpus.sqli2;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusListJdbcController {
  private final JdbcTemplate jdbc;

  public StatusListJdbcController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/tickets")
  public List<Map<String, Object>> tickets(@RequestParam(defaultValue = "open") String status) {
    String sql = "SELECT id, title, assignee FROM tickets WHERE status = '" + status + "' ORDER BY id";
    return jdbc.queryForList(sql);
  }
}

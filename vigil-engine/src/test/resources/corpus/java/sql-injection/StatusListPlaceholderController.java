// vigil-expect: safe cwe=89
// case: JdbcTemplate.queryForList with the request parameter bound to a placeholder
package corpus.sqli2;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatusListPlaceholderController {
  private final JdbcTemplate jdbc;

  public StatusListPlaceholderController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/tickets/by-status")
  public List<Map<String, Object>> tickets(@RequestParam(defaultValue = "open") String status) {
    String sql = "SELECT id, title, assignee FROM tickets WHERE status = ? ORDER BY id";
    return jdbc.queryForList(sql, status);
  }
}

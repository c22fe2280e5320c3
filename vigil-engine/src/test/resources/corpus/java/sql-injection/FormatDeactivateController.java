// vigil-expect: vulnerable cwe=89
// case: String.format builds an UPDATE from a path variable for JdbcTemplate.update
package corpus.sqli2;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FormatDeactivateController {
  private static final String DEACTIVATE = "UPDATE accounts SET active = false WHERE username = '%s'";
  private final JdbcTemplate jdbc;

  public FormatDeactivateController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @PostMapping("/admin/accounts/{username}/deactivate")
  public ResponseEntity<Void> deactivate(@PathVariable String username) {
    int rows = jdbc.update(String.format(DEACTIVATE, username));
    return rows == 1 ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
  }
}

// vigil-expect: vulnerable cwe=89
// case: the value reaches JdbcTemplate.update inside a lambda
package corpus.sqli;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/lambda-update")
public class LambdaUpdateController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@CookieValue("name") String name)
      throws IOException {
    Optional.ofNullable(name)
        .filter(n -> !n.isEmpty())
        .ifPresent(n -> jdbcTemplate.update("DELETE FROM sessions WHERE user_name = '" + n + "'"));
  }
}

// vigil-expect: safe cwe=89
// case: UUID.fromString accepts only a UUID
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/uuid-parse")
public class UuidParseController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@CookieValue("name") String name, HttpServletResponse response)
      throws IOException {
    java.util.UUID id = java.util.UUID.fromString(name);
    response.getWriter().print(jdbcTemplate.queryForList(
        "SELECT * FROM orders WHERE public_id = '" + id + "'").size());
  }
}

// vigil-expect: vulnerable cwe=89
// case: String.join assembles the IN list
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/string-join")
public class StringJoinController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestHeader("X-Name") String name, HttpServletResponse response)
      throws IOException {
    String inList = String.join("','", name.split(","));
    response.getWriter().print(jdbcTemplate.queryForList(
        "SELECT * FROM skus WHERE code IN ('" + inList + "')").size());
  }
}

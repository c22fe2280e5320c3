// vigil-expect: safe cwe=89
// case: queryForObject with a bound argument
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/query-for-object")
public class QueryForObjectController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @PostMapping
  public void handle(@RequestBody String name, HttpServletResponse response)
      throws IOException {
    Integer count = jdbcTemplate.queryForObject("SELECT count(*) FROM orders WHERE status = ?", Integer.class, name);
    response.getWriter().print(count);
  }
}

// vigil-expect: safe cwe=89
// case: variable overwritten with a constant before the query
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/sqli/overwritten")
public class OverwrittenController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestHeader("X-Name") String name, HttpServletResponse response)
      throws IOException {
    String region = name;
    region = "EU";
    List<Map<String, Object>> stores =
        jdbcTemplate.queryForList("SELECT * FROM stores WHERE region = '" + region + "'");
    response.getWriter().print(stores.size());
  }
}

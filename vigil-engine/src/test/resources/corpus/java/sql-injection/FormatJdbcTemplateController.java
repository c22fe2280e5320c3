// vigil-expect: vulnerable cwe=89
// case: String.format builds the query for JdbcTemplate.queryForList
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/sqli/format-jdbc-template")
public class FormatJdbcTemplateController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestParam("name") String name, HttpServletResponse response)
      throws IOException {
    String sql = String.format("SELECT * FROM orders WHERE customer = '%s'", name);
    List<Map<String, Object>> rows = jdbcTemplate.queryForList(sql);
    response.getWriter().print(rows.size());
  }
}

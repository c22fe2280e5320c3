// vigil-expect: safe cwe=89
// case: sort column checked against an allow-list before use
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/allow-list-sort")
public class AllowListSortController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping("/{name}")
  public void handle(@PathVariable("name") String name, HttpServletResponse response)
      throws IOException {
    if (!SORTABLE.contains(name)) {
      response.sendError(400, "unsupported sort column");
      return;
    }
    List<String> titles = jdbcTemplate.query(
        "SELECT id, title FROM articles ORDER BY " + name, (rs, row) -> rs.getString("title"));
    response.getWriter().print(titles.size());
  }
}

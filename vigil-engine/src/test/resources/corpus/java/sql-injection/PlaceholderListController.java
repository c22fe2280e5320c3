// vigil-expect: safe cwe=89
// case: IN list of ? placeholders sized by the input, values bound
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
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/placeholder-list")
public class PlaceholderListController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@CookieValue("name") String name, HttpServletResponse response)
      throws IOException {
    String[] codes = name.split(",");
    String placeholders = String.join(",", java.util.Collections.nCopies(codes.length, "?"));
    List<Map<String, Object>> rows = jdbcTemplate.queryForList(
        "SELECT * FROM skus WHERE code IN (" + placeholders + ")", (Object[]) codes);
    response.getWriter().print(rows.size());
  }
}

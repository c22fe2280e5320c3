// vigil-expect: vulnerable cwe=89
// case: a private helper returns the concatenated filter
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
@RequestMapping("/sqli/helper-method")
public class HelperMethodController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestHeader("X-Name") String name, HttpServletResponse response)
      throws IOException {
    List<Map<String, Object>> products =
        jdbcTemplate.queryForList("SELECT * FROM products WHERE " + filter("category", name));
    response.getWriter().print(products.size());
  }

  private String filter(String column, String value) {
    return column + " = '" + value + "'";
  }
}

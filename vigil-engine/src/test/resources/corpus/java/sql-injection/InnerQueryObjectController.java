// vigil-expect: vulnerable cwe=89
// case: a small query object built from the value renders the SQL
package corpus.sqli;

import java.io.IOException;
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
@RequestMapping("/sqli/inner-query-object")
public class InnerQueryObjectController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping("/{name}")
  public void handle(@PathVariable("name") String name, HttpServletResponse response)
      throws IOException {
    response.getWriter().print(jdbcTemplate.queryForList(new Filter("owner", name).toSql()).size());
  }

  static final class Filter {
    private final String column;
    private final String value;

    Filter(String column, String value) {
      this.column = column;
      this.value = value;
    }

    String toSql() {
      return "SELECT * FROM assets WHERE " + column + " = '" + value + "'";
    }
  }
}

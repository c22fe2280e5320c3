// vigil-expect: safe cwe=89
// case: LIKE pattern built in Java and bound as a parameter
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
@RequestMapping("/sqli/like-bound")
public class LikeBoundController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@CookieValue("name") String name, HttpServletResponse response)
      throws IOException {
    List<Map<String, Object>> rows =
        jdbcTemplate.queryForList("SELECT * FROM books WHERE title LIKE ?", "%" + name + "%");
    response.getWriter().print(rows.size());
  }
}

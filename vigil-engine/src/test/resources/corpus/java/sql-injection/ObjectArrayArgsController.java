// vigil-expect: safe cwe=89
// case: bind arguments passed as an Object array
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/sqli/object-array-args")
public class ObjectArrayArgsController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping
  public void handle(@RequestHeader("X-Name") String name, HttpServletResponse response)
      throws IOException {
    List<String> emails = jdbcTemplate.query("SELECT email FROM users WHERE team = ?",
        new Object[] {name}, (rs, row) -> rs.getString(1));
    response.getWriter().print(emails.size());
  }
}

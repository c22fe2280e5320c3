// vigil-expect: vulnerable cwe=89
// case: JPQL built by concatenation
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
@RequestMapping("/sqli/jpql-concat")
public class JpqlConcatController {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GetMapping("/{name}")
  public void handle(@PathVariable("name") String name, HttpServletResponse response)
      throws IOException {
    List<?> users = entityManager
        .createQuery("SELECT u FROM User u WHERE u.login = '" + name + "'")
        .getResultList();
    response.getWriter().print(users.size());
  }
}

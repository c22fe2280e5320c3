// vigil-expect: safe cwe=89
// case: all characters checked to be digits before concatenation
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/digits-checked")
public class DigitsCheckedResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @POST
  public void handle(@FormParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    if (name.isEmpty() || !name.chars().allMatch(Character::isDigit)) {
      response.sendError(400);
      return;
    }
    response.getWriter().print(jdbcTemplate.queryForList("SELECT * FROM invoices WHERE number = " + name).size());
  }
}

// vigil-expect: safe cwe=89
// case: tainted assignment sits in the else branch of an always-true constant condition
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/dead-branch")
public class DeadBranchResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @POST
  public void handle(@FormParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    String filter;
    if ((7 * 42) - 86 > 200) {
      filter = "active";
    } else {
      filter = name;
    }
    List<Map<String, Object>> rows =
        jdbcTemplate.queryForList("SELECT * FROM accounts WHERE state = '" + filter + "'");
    response.getWriter().print(rows.size());
  }
}

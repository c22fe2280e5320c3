// vigil-expect: safe cwe=89
// case: JdbcTemplate with bind arguments
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/jdbc-template-args")
public class JdbcTemplateArgsResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@QueryParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    List<Map<String, Object>> rows =
        jdbcTemplate.queryForList("SELECT * FROM orders WHERE customer = ?", name);
    response.getWriter().print(rows.size());
  }
}

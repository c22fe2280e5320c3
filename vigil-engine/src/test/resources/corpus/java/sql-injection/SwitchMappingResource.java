// vigil-expect: safe cwe=89
// case: switch maps the input to a constant column name
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/switch-mapping")
public class SwitchMappingResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@HeaderParam("X-Name") String name, @Context HttpServletResponse response)
      throws IOException {
    String column;
    switch (name) {
      case "date":
        column = "created_at";
        break;
      case "title":
        column = "title";
        break;
      default:
        column = "id";
    }
    List<Long> ids = jdbcTemplate.query(
        "SELECT id FROM articles ORDER BY " + column, (rs, row) -> rs.getLong(1));
    response.getWriter().print(ids.size());
  }
}

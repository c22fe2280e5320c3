// vigil-expect: vulnerable cwe=89
// case: value stored and read back under the same map key
package corpus.sqli;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/map-same-key")
public class MapSameKeyResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@HeaderParam("X-Name") String name, @Context HttpServletResponse response)
      throws IOException {
    Map<String, String> filters = new HashMap<>();
    filters.put("status", name);
    filters.put("region", "EU");
    String sql = "SELECT * FROM tickets WHERE status = '" + filters.get("status") + "'";
    response.getWriter().print(jdbcTemplate.queryForList(sql).size());
  }
}

// vigil-expect: safe cwe=89
// case: NamedParameterJdbcTemplate with a parameter map
package corpus.sqli;

import java.io.IOException;
import java.util.List;
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

@Path("/sqli/named-parameters")
public class NamedParametersResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@HeaderParam("X-Name") String name, @Context HttpServletResponse response)
      throws IOException {
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named =
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbcTemplate);
    List<Map<String, Object>> rows =
        named.queryForList("SELECT * FROM users WHERE city = :city", Map.of("city", name));
    response.getWriter().print(rows.size());
  }
}

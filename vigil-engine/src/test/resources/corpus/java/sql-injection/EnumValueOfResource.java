// vigil-expect: safe cwe=89
// case: Enum.valueOf limits the value to the enum constants
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/enum-value-of")
public class EnumValueOfResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@HeaderParam("X-Name") String name, @Context HttpServletResponse response)
      throws IOException {
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(name.toUpperCase());
    response.getWriter().print(jdbcTemplate.queryForList(
        "SELECT * FROM shifts WHERE weekday = '" + day.name() + "'").size());
  }
}

// vigil-expect: safe cwe=89
// case: early return with 400 unless the column is in a constant allow-list; then it is concatenated
package corpus.sqli2;

import java.util.List;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/employees")
public class ColumnAllowListEarlyReturnResource {
  private static final Set<String> GROUPABLE = Set.of("department", "location", "grade");
  private JdbcTemplate jdbc;

  @GET
  @Path("/histogram")
  public Response histogram(@QueryParam("by") String by) {
    if (by == null || !GROUPABLE.contains(by)) {
      return Response.status(Response.Status.BAD_REQUEST).entity("unknown grouping").build();
    }
    List<?> rows = jdbc.queryForList("SELECT " + by + ", COUNT(*) FROM employees GROUP BY " + by);
    return Response.ok(rows).build();
  }
}

// vigil-expect: safe cwe=89
// case: the tainted list element is shifted out; the read element is a constant
package corpus.sqli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/list-removed")
public class ListRemovedResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  @Path("/{name}")
  public void handle(@PathParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    List<String> values = new ArrayList<>();
    values.add("safe");
    values.add(name);
    values.add("moresafe");
    values.remove(0);
    String status = values.get(1);
    response.getWriter().print(
        jdbcTemplate.queryForList("SELECT * FROM jobs WHERE status = '" + status + "'").size());
  }
}

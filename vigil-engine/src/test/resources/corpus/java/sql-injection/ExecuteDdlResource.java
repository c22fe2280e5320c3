// vigil-expect: vulnerable cwe=89
// case: JdbcTemplate.execute with a table name
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/execute-ddl")
public class ExecuteDdlResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @POST
  @Path("/{name}")
  public void handle(@PathParam("name") String name)
      throws IOException {
    jdbcTemplate.execute("TRUNCATE TABLE staging_" + name);
  }
}

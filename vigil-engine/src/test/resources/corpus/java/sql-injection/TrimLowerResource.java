// vigil-expect: vulnerable cwe=89
// case: input normalised with trim and toLowerCase still reaches execute
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/trim-lower")
public class TrimLowerResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  @Path("/{name}")
  public void handle(@PathParam("name") String name)
      throws IOException {
    String tag = name.trim().toLowerCase();
    try (Connection conn = dataSource.getConnection();
         Statement st = conn.createStatement()) {
      st.execute("UPDATE posts SET views = views + 1 WHERE tag = '" + tag + "'");
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

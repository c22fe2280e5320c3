// vigil-expect: vulnerable cwe=89
// case: createNativeQuery with a concatenated filter
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/native-query")
public class NativeQueryResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @POST
  public void handle(@FormParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    String where = " WHERE city = '" + name + "'";
    List<?> rows = entityManager.createNativeQuery("SELECT * FROM stores" + where).getResultList();
    response.getWriter().print(rows.size());
  }
}

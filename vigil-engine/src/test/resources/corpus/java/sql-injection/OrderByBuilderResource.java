// vigil-expect: vulnerable cwe=89
// case: StringBuilder appends the sort column
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/order-by-builder")
public class OrderByBuilderResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@QueryParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    StringBuilder sql = new StringBuilder("SELECT id, title FROM articles");
    sql.append(" ORDER BY ").append(name);
    List<String> titles = jdbcTemplate.query(sql.toString(), (rs, row) -> rs.getString("title"));
    response.getWriter().print(titles.size());
  }
}

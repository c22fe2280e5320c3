// vigil-expect: vulnerable cwe=89
// case: String.format builds JPQL
package corpus.sqli;

import java.io.IOException;
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

@Path("/sqli/jpql-format")
public class JpqlFormatResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  @Path("/{name}")
  public void handle(@PathParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    List<?> rows = entityManager.createQuery(String.format("SELECT o FROM Order o WHERE o.coupon = '%s'", name))
        .getResultList();
    response.getWriter().print(rows.size());
  }
}

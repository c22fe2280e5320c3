// vigil-expect: vulnerable cwe=89
// case: legacy Hibernate createSQLQuery with concatenation
package corpus.sqli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/hibernate-sql-query")
public class HibernateSqlQueryResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @GET
  public void handle(@HeaderParam("X-Name") String name, @Context HttpServletResponse response)
      throws IOException {
    org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
    List<?> rows = session.createSQLQuery("SELECT * FROM payments WHERE reference = '" + name + "'").list();
    response.getWriter().print(rows.size());
  }
}

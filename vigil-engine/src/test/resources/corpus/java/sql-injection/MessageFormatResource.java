// vigil-expect: vulnerable cwe=89
// case: MessageFormat.format builds the query
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.jdbc.core.JdbcTemplate;

@Path("/sqli/message-format")
public class MessageFormatResource {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @POST
  public void handle(@FormParam("name") String name, @Context HttpServletResponse response)
      throws IOException {
    String sql = java.text.MessageFormat.format("SELECT * FROM coupons WHERE code = ''{0}''", name);
    response.getWriter().print(jdbcTemplate.queryForList(sql).size());
  }
}

// vigil-expect: vulnerable cwe=89
// case: stream builds a quoted IN list
package corpus.sqli;

import java.io.IOException;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/stream-in-list")
public class StreamInListServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = request.getHeader("X-Name");
    String in = java.util.Arrays.stream(name.split(","))
        .map(s -> "'" + s.trim() + "'")
        .collect(java.util.stream.Collectors.joining(","));
    response.getWriter().print(jdbcTemplate.queryForList("SELECT * FROM tags WHERE label IN (" + in + ")").size());
  }
}

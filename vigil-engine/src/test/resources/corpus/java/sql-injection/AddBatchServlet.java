// vigil-expect: vulnerable cwe=89
// case: Statement.addBatch with user input
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

@WebServlet("/sqli/add-batch")
public class AddBatchServlet extends HttpServlet {
  private DataSource dataSource;
  private JdbcTemplate jdbcTemplate;
  private EntityManager entityManager;
  private static final Set<String> SORTABLE = Set.of("id", "title", "created_at");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String name = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("name".equals(cookie.getName())) {
          name = cookie.getValue();
        }
      }
    }
    try (Connection conn = dataSource.getConnection();
         Statement st = conn.createStatement()) {
      st.addBatch("DELETE FROM carts WHERE session_key = '" + name + "'");
      st.addBatch("DELETE FROM cart_items WHERE cart_key = '" + name + "'");
      st.executeBatch();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

// vigil-expect: safe cwe=89
// case: the request picks a table name from a map of constant names, with a constant fallback
package corpus.sqli2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/archive/count")
public class ArchiveTableMapServlet extends HttpServlet {
  private static final Map<String, String> TABLES = Map.of(
      "2023", "orders_2023",
      "2024", "orders_2024",
      "current", "orders");
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String table = TABLES.getOrDefault(req.getParameter("year"), "orders");
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      resp.getWriter().print(rs.getLong(1));
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

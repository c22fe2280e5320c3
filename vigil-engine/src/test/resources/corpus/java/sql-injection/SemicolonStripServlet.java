// vigil-expect: vulnerable cwe=89
// case: name in a quoted SQL literal after a helper that only strips semicolons
package corpus.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SemicolonStripServlet extends HttpServlet {
  private Connection connection;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    try (Statement st = connection.createStatement()) {
      st.executeQuery("SELECT id FROM users WHERE name = '" + clean(name) + "'");
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }

  private static String clean(String value) {
    return value.replace(";", "");
  }
}

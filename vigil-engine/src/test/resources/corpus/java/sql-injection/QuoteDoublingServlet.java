// vigil-expect: safe cwe=89
// case: name compared in a quoted SQL literal after doubling single quotes
package corpus.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class QuoteDoublingServlet extends HttpServlet {
  private Connection connection;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    try (Statement st = connection.createStatement()) {
      st.executeQuery("SELECT id FROM users WHERE name = '" + sqlString(name) + "'");
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }

  private static String sqlString(String value) {
    return value.replace("'", "''");
  }
}

// vigil-expect: vulnerable cwe=89
// case: the same two overloads, but the call passes a Connection, so the parameter reaches the SQL one
package corpus.heldout3.sqli;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/export-db")
public class OverloadConnectionServlet extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String table = request.getParameter("table");
    try (Connection connection = dataSource.getConnection()) {
      export(table, connection);
    } catch (SQLException e) {
      response.sendError(500);
    }
  }

  void export(String label, Writer out) throws IOException {
    out.write(label.length() + " rows exported\n");
  }

  void export(String table, Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("copy " + table + " to '/tmp/export.csv'");
    }
  }
}

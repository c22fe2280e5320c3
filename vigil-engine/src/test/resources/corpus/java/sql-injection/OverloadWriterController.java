// vigil-expect: safe cwe=89
// case: two overloads of export take two arguments; the call passes a Writer, so the JDBC overload never runs
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

@WebServlet("/export")
public class OverloadWriterController extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String table = request.getParameter("table");
    Writer out = response.getWriter();
    export(table, out);
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

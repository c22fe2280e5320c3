// vigil-expect: safe cwe=79
// case: only whether a query built from the value found a row is printed (ResultSet.next)
package corpus.xss;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class QueryRowFoundServlet extends HttpServlet {
  private Connection connection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    try (Statement st = connection.createStatement()) {
      ResultSet rs = st.executeQuery("select 1 from item where name = '" + id + "'");
      response.getWriter().println(rs.next());
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

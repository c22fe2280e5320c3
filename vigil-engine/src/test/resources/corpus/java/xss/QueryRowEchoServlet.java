// vigil-expect: vulnerable cwe=79
// case: a lookup's result flag is printed next to the raw parameter
package corpus.xss;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class QueryRowEchoServlet extends HttpServlet {
  private Connection connection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    try (Statement st = connection.createStatement()) {
      ResultSet rs = st.executeQuery("select 1 from item where id = " + Long.parseLong(id));
      response.getWriter().println(id + ": " + rs.next());
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

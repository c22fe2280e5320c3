// vigil-expect: vulnerable cwe=89
// case: input stored in a field by one method and used by another
package corpus.sqli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class FieldFlowServlet extends HttpServlet {
  private DataSource dataSource;
  private String sortOrder;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    sortOrder = request.getParameter("sort");
    response.getWriter().print(count());
  }

  private int count() throws IOException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      return st.executeQuery("SELECT * FROM items ORDER BY " + sortOrder).getFetchSize();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

// vigil-expect: vulnerable cwe=89
// case: the allow-list is applied only to short values (isNotEmpty(v) && v.length() < 20 && !matches -> throw), so a long value reaches the query unchecked
package corpus.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.apache.commons.lang3.StringUtils;

public class ShortOnlyAllowListServlet extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String order = req.getParameter("orderBy");
    if (StringUtils.isNotEmpty(order) && order.length() < 20 && !order.matches("[a-zA-Z0-9_ ,.]+")) {
      throw new IllegalArgumentException("bad order");
    }
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      // ruleid: java.sql-injection
      ResultSet rs = st.executeQuery("select id from invoice order by " + order);
      while (rs.next()) resp.getWriter().println(rs.getLong(1));
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }
}

// vigil-expect: safe cwe=89
// case: StringUtils.isNotEmpty(v) && !allowListed(v) -> throw: only an empty value or an allow-listed one reaches the ORDER BY
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

public class NotEmptyAllowListOrderServlet extends HttpServlet {
  private static final String ORDER_PATTERN = "[a-zA-Z0-9_ ,.]+";
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String order = req.getParameter("orderBy");
    if (StringUtils.isNotEmpty(order) && !allowListed(order)) {
      throw new IllegalArgumentException("bad order");
    }
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      // ok: java.sql-injection
      ResultSet rs = st.executeQuery("select id from invoice order by " + order);
      while (rs.next()) resp.getWriter().println(rs.getLong(1));
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }

  private static boolean allowListed(String value) {
    return value.matches(ORDER_PATTERN);
  }
}

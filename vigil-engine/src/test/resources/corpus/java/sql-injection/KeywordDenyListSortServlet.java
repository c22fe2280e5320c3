// vigil-expect: vulnerable cwe=89
// case: the sort value is checked against a keyword deny-list only; "(case when (select ...) then id end)" passes
package corpus.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class KeywordDenyListSortServlet extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String sort = screened(req.getParameter("sort"));
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      // ruleid: java.sql-injection
      ResultSet rs = st.executeQuery("select id, title from ticket order by " + sort);
      while (rs.next()) resp.getWriter().println(rs.getLong(1));
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }

  static String screened(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.contains("drop ") || lower.contains("delete ") || value.contains(";")) {
      throw new IllegalArgumentException("bad sort");
    }
    return value;
  }
}

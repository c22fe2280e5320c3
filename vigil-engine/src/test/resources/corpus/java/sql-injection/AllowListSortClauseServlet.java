// vigil-expect: safe cwe=89
// case: the sort clause goes through a method that throws unless the value is empty or matches an allow-list regex (letters, digits, _, space, comma, dot), and returns it
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

public class AllowListSortClauseServlet extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String sort = checkedSort(req.getParameter("sort"));
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      // ok: java.sql-injection
      ResultSet rs = st.executeQuery("select id, title from ticket order by " + sort);
      while (rs.next()) resp.getWriter().println(rs.getLong(1));
    } catch (SQLException e) {
      resp.sendError(500);
    }
  }

  static String checkedSort(String value) {
    if (value != null && !value.isEmpty() && !isSortSpec(value)) {
      throw new IllegalArgumentException("bad sort");
    }
    return value;
  }

  static boolean isSortSpec(String value) {
    return value.matches("[a-zA-Z0-9_ ,.]+");
  }
}

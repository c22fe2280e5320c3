// vigil-expect: vulnerable cwe=89
// case: every value of a multi-valued parameter is concatenated into a Statement batch
package corpus.sqli2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/articles/tags")
public class TagBatchServlet extends HttpServlet {
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long articleId = Long.parseLong(req.getParameter("article"));
    String[] tags = req.getParameterValues("tag");
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String tag : tags) {
        st.addBatch("INSERT INTO article_tags(article_id, tag) VALUES (" + articleId + ", '" + tag + "')");
      }
      int[] counts = st.executeBatch();
      resp.getWriter().print(counts.length);
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

// vigil-expect: safe cwe=89
// case: every value of a multi-valued parameter is bound in a PreparedStatement batch
package corpus.sqli2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/articles/tags-bound")
public class TagPreparedBatchServlet extends HttpServlet {
  private static final String INSERT_TAG = "INSERT INTO article_tags(article_id, tag) VALUES (?, ?)";
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    long articleId = Long.parseLong(req.getParameter("article"));
    String[] tags = req.getParameterValues("tag");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_TAG)) {
      for (String tag : tags) {
        ps.setLong(1, articleId);
        ps.setString(2, tag);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      resp.getWriter().print(counts.length);
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}

// vigil-expect: safe cwe=89
// case: an IN clause of one placeholder per list element, the elements bound afterwards
package corpus.sqli2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/skus-bound")
public class StreamPlaceholdersResource {
  private DataSource dataSource;

  @GET
  public List<String> lookup(@QueryParam("sku") List<String> skus) throws SQLException {
    String marks = String.join(",", Collections.nCopies(skus.size(), "?"));
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT name FROM items WHERE sku IN (" + marks + ")")) {
      for (int i = 0; i < skus.size(); i++) {
        ps.setString(i + 1, skus.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}

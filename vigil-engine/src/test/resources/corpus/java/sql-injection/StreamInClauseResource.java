// vigil-expect: vulnerable cwe=89
// case: list query parameter quoted and joined by a stream into an IN clause for Statement.executeQuery
package corpus.sqli2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/skus")
public class StreamInClauseResource {
  private DataSource dataSource;

  @GET
  public List<String> lookup(@QueryParam("sku") List<String> skus) throws SQLException {
    String inList = skus.stream().map(s -> "'" + s + "'").collect(Collectors.joining(","));
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT name FROM items WHERE sku IN (" + inList + ")")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}

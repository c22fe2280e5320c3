// vigil-expect: vulnerable cwe=798
// case: literal password in DriverManager.getConnection
package corpus.creds;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class JdbcLiteralPassword {
  public Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://db.internal:5432/shop", "shop", "Sh0p-Pr0d-2024!");
  }
}

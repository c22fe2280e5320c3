// vigil-expect: vulnerable cwe=798
// case: password inside a JDBC URL literal
package corpus.creds;

import java.sql.Connection;
import java.sql.DriverManager;

public class JdbcUrlPassword {
  private static final String URL = "jdbc:mysql://db.internal:3306/billing?user=billing&password=B1ll-2024!x";

  public Connection open() throws Exception {
    return DriverManager.getConnection(URL);
  }
}

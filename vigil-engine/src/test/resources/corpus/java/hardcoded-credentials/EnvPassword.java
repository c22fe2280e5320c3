// vigil-expect: safe cwe=798
// case: password read from the environment
package corpus.creds;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class EnvPassword {
  public Connection open() throws SQLException {
    String password = System.getenv("DB_PASSWORD");
    return DriverManager.getConnection("jdbc:postgresql://db.internal:5432/shop", "shop", password);
  }
}

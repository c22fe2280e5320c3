package fixes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The shop's in-memory database, created on first use. */
final class Database {
  private Database() {}

  static Connection open() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:fixes;DB_CLOSE_DELAY=-1");
    try (Statement schema = connection.createStatement()) {
      schema.execute("CREATE TABLE IF NOT EXISTS users (id INT PRIMARY KEY, name VARCHAR(64))");
    }
    return connection;
  }
}

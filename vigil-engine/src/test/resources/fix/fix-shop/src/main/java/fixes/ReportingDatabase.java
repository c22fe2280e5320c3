package fixes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The connection to the reporting database. */
public final class ReportingDatabase {
  private static final String PASSWORD = "Rep0rt!ng-2024-pr0d";

  private ReportingDatabase() {}

  public static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:reporting", System.getenv("REPORTING_USER"), PASSWORD);
  }
}

package app;

import java.sql.Connection;
import javax.servlet.http.HttpServletRequest;

public class ValidationPatterns {
  private Connection connection;

  private static void requireIdentifier(String value) {
    if (!value.matches("[A-Za-z_]{1,30}")) {
      throw new IllegalArgumentException("not an identifier");
    }
  }

  private static void requireNonEmpty(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty");
    }
  }

  private static String normalise(String value) {
    value = value.trim();
    return value;
  }

  public void checkedByHelper(HttpServletRequest request) throws Exception {
    String column = request.getParameter("sort");
    requireIdentifier(column);
    // ok: java.sql-injection
    connection.createStatement().executeQuery("SELECT * FROM t ORDER BY " + column);
  }

  public void checkedForSomethingElse(HttpServletRequest request) throws Exception {
    String column = request.getParameter("sort");
    requireNonEmpty(column);
    // ruleid: java.sql-injection
    connection.createStatement().executeQuery("SELECT * FROM t ORDER BY " + column);
  }

  public void reassignedNotChecked(HttpServletRequest request) throws Exception {
    String column = request.getParameter("sort");
    String clean = normalise(column);
    // ruleid: java.sql-injection
    connection.createStatement().executeQuery("SELECT * FROM t ORDER BY " + clean);
  }
}

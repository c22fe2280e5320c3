package app;

import java.sql.Connection;
import java.util.*;
import javax.servlet.http.HttpServletRequest;

abstract class ConstructBaseDao {
  protected Connection connection;
  protected void run(String sql) throws Exception {
    // ruleid: java.sql-injection
    connection.createStatement().execute(sql);
  }
  static String quote(String v) { return "'" + v + "'"; }
}

interface ConstructAuditor {
  default String describe(String what) { return "audit:" + what; }
}

public class ConstructPatterns extends ConstructBaseDao implements ConstructAuditor {
  static String join(String... parts) { return String.join(",", parts); }
  static <T> T identity(T x) { return x; }
  static String digits(String v) { return String.valueOf(Integer.parseInt(v)); }

  public void doWhile(HttpServletRequest request) throws Exception {
    String p = request.getParameter("p");
    String bar = "";
    do {
      bar = p;
      if (bar.length() > 3) break;
    } while (bar.length() < 10);
    // ruleid: java.sql-injection
    connection.createStatement().execute(bar);
  }

  public void labelled(HttpServletRequest request) throws Exception {
    String bar = "";
    outer:
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (j == 1) { bar = request.getParameter("p"); break outer; }
      }
    }
    // ruleid: java.sql-injection
    connection.createStatement().execute(bar);
  }

  public void assignInCondition(HttpServletRequest request) throws Exception {
    String v;
    if ((v = request.getParameter("v")) != null) {
      // ruleid: java.sql-injection
      connection.createStatement().execute("SELECT " + v);
    }
  }

  public void compound(HttpServletRequest request) throws Exception {
    String sql = "SELECT * FROM t WHERE a = ";
    sql += request.getParameter("a");
    // ruleid: java.sql-injection
    connection.createStatement().execute(sql);
  }

  public void arrays(HttpServletRequest request) throws Exception {
    String[] arr = new String[2];
    arr[0] = request.getParameter("p");
    arr[1] = "fixed";
    // ok: java.sql-injection
    connection.createStatement().execute(arr[1]);
    // ruleid: java.sql-injection
    connection.createStatement().execute(arr[0]);
  }

  public void iterators(HttpServletRequest request) throws Exception {
    List<String> list = new ArrayList<>();
    list.add(request.getParameter("p"));
    Iterator<String> it = list.iterator();
    // ruleid: java.sql-injection
    connection.createStatement().execute(it.next());
  }

  public void entries(HttpServletRequest request) throws Exception {
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      // ruleid: java.sql-injection
      connection.createStatement().execute(e.getKey());
    }
  }

  public void patterns(HttpServletRequest request) throws Exception {
    Object o = request.getParameter("p");
    if (o instanceof String s) {
      // ruleid: java.sql-injection
      connection.createStatement().execute(s);
    }
  }

  public void inherited(HttpServletRequest request) throws Exception {
    run("DELETE FROM t WHERE id = " + quote(request.getParameter("id")));
  }

  public void helpers(HttpServletRequest request) throws Exception {
    String p = request.getParameter("p");
    // ruleid: java.sql-injection
    connection.createStatement().execute(join("a", p));
    // ruleid: java.sql-injection
    connection.createStatement().execute(identity(p));
    // ok: java.sql-injection
    connection.createStatement().execute("SELECT " + digits(p));
    // ruleid: java.sql-injection
    connection.createStatement().execute(describe(p));
  }

  public void finallyReturn(HttpServletRequest request) throws Exception {
    String bar = "safe";
    try {
      bar = request.getParameter("p");
    } finally {
      // ruleid: java.sql-injection
      connection.createStatement().execute(bar);
    }
  }

  public void whileTrue(HttpServletRequest request) throws Exception {
    String bar = "safe";
    while (true) {
      bar = request.getParameter("p");
      break;
    }
    // ruleid: java.sql-injection
    connection.createStatement().execute(bar);
  }

  public void textBlock() throws Exception {
    String sql = """
        SELECT * FROM t
        """;
    // ok: java.sql-injection
    connection.createStatement().execute(sql);
  }
}

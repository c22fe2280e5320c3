package app;

import java.util.*;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@RestController
public class SpringPatterns {
  private static final Logger log = LoggerFactory.getLogger(SpringPatterns.class);
  private final JdbcTemplate jdbc;
  private final Map<String, String> columns = Map.of("name", "user_name", "date", "created_at");
  private String lastQuery;

  public SpringPatterns(JdbcTemplate jdbc) { this.jdbc = jdbc; }

  record Filter(String column, String value) {}

  public static class UserForm {
    private String name;
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
  }

  @PostMapping("/users")
  public List<Map<String, Object>> create(@RequestBody UserForm form) {
    // ruleid: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE name = '" + form.getName() + "'");
  }

  @GetMapping("/sorted")
  public List<Map<String, Object>> sorted(@RequestParam String sort) {
    String column = columns.getOrDefault(sort, "id");
    // ok: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users ORDER BY " + column);
  }

  @GetMapping("/switch")
  public List<Map<String, Object>> byCase(@RequestParam String sort) {
    String column;
    switch (sort) {
      case "name": column = "user_name"; break;
      case "date": column = "created_at"; break;
      default: column = "id";
    }
    // ok: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users ORDER BY " + column);
  }

  @GetMapping("/switch2")
  public List<Map<String, Object>> switchExpression(@RequestParam String sort) {
    var column = switch (sort) {
      case "name" -> "user_name";
      case "date" -> "created_at";
      default -> sort;
    };
    // ruleid: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users ORDER BY " + column);
  }

  @GetMapping("/record")
  public Object record(@RequestParam String v) {
    Filter f = new Filter("name", v);
    // ruleid: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE " + f.column() + " = '" + f.value() + "'");
  }

  @GetMapping("/stream")
  public Object stream(@RequestParam List<String> ids) {
    String in = ids.stream().map(String::trim).collect(Collectors.joining(","));
    // ruleid: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE id IN (" + in + ")");
  }

  @GetMapping("/numbers")
  public Object numbers(@RequestParam List<String> ids) {
    String in = ids.stream().map(Long::parseLong).map(String::valueOf).collect(Collectors.joining(","));
    // ok: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE id IN (" + in + ")");
  }

  @GetMapping("/field")
  public Object field(@RequestParam String q) {
    lastQuery = "SELECT * FROM t WHERE q = '" + q + "'";
    return run();
  }

  private Object run() {
    // ruleid: java.sql-injection
    return jdbc.queryForList(lastQuery);
  }

  @GetMapping("/int")
  public Object typed(@RequestParam int id, @RequestParam Long other) {
    // ok: java.sql-injection
    return jdbc.queryForList("SELECT * FROM t WHERE id = " + id + " OR id = " + other);
  }

  @GetMapping("/log")
  public void logged(@RequestHeader("User-Agent") String agent, @RequestParam String page) {
    try {
      throw new IllegalStateException(agent);
    } catch (IllegalStateException e) {
      // ok: java.log-injection
      log.warn("failed for {}", agent);
      // ruleid: java.log-injection
      log.warn("failed on {}", page);
    }
  }

  @GetMapping("/builder")
  public Object builder(@RequestParam String name) {
    String sql = new QueryBuilder().table("users").where("name", name).build();
    // ruleid: java.sql-injection
    return jdbc.queryForList(sql);
  }

  static class QueryBuilder {
    private final StringBuilder sql = new StringBuilder("SELECT * FROM ");
    QueryBuilder table(String t) { sql.append(t); return this; }
    QueryBuilder where(String c, String v) { sql.append(" WHERE ").append(c).append(" = '").append(v).append("'"); return this; }
    String build() { return sql.toString(); }
  }

  @GetMapping("/recursive")
  public Object recursive(@RequestParam String name) {
    // ruleid: java.sql-injection
    return jdbc.queryForList(repeat(name, 3));
  }

  private String repeat(String s, int n) {
    return n <= 0 ? s : repeat(s + s, n - 1);
  }
}

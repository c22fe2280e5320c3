// vigil-expect: safe cwe=89
// case: the request key only selects an entry of a schema cache; the cached schema names are constants
package corpus.heldout3.sqli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SchemaCacheKeyController {
  private final JdbcTemplate jdbc;
  private final SchemaCache cache = new SchemaCache();

  public SchemaCacheKeyController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/events")
  public List<Map<String, Object>> events(@RequestParam String source) {
    String schema = cache.lookup(source);
    if (schema == null) {
      schema = source.startsWith("eu") ? "events_eu" : "events_us";
      cache.remember(source, schema);
    }
    return jdbc.queryForList("select * from " + schema + ".event order by created desc");
  }

  static final class SchemaCache {
    private final Map<String, String> schemas = new ConcurrentHashMap<>();

    String lookup(String key) {
      return schemas.get(key);
    }

    void remember(String key, String schema) {
      schemas.put(key, schema);
    }
  }
}

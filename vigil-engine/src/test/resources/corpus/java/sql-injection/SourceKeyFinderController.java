// vigil-expect: safe cwe=89
// case: a Spring Data finder looks a record up by the request key; the schema it returns comes from the database
package corpus.heldout3.sqli;

import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SourceKeyFinderController {
  private final JdbcTemplate jdbc;
  private final DataSourceRepository sources;

  public SourceKeyFinderController(JdbcTemplate jdbc, DataSourceRepository sources) {
    this.jdbc = jdbc;
    this.sources = sources;
  }

  @GetMapping("/sources/{key}/rows")
  public List<Map<String, Object>> rows(@PathVariable String key) {
    DataSourceEntity source = sources.findBySourceKey(key);
    return jdbc.queryForList("select * from " + source.getSchemaName() + ".rows");
  }

  interface DataSourceRepository extends JpaRepository<DataSourceEntity, Long> {
    DataSourceEntity findBySourceKey(String sourceKey);
  }

  static class DataSourceEntity {
    private String sourceKey;
    private String schemaName;

    String getSourceKey() {
      return sourceKey;
    }

    String getSchemaName() {
      return schemaName;
    }
  }
}

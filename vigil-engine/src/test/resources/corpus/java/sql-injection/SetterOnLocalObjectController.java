// vigil-expect: vulnerable cwe=89
// case: the request value is set on a local object and read back from it into SQL
package corpus.heldout3.sqli;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SetterOnLocalObjectController {
  private final JdbcTemplate jdbc;

  public SetterOnLocalObjectController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/reports/by-region")
  public List<Map<String, Object>> byRegion(@RequestParam String region) {
    ReportQuery query = new ReportQuery();
    query.setRegion(region);
    return jdbc.queryForList("select * from sales where region = '" + query.getRegion() + "'");
  }

  static class ReportQuery {
    private String region;

    void setRegion(String region) {
      this.region = region;
    }

    String getRegion() {
      return region;
    }
  }
}

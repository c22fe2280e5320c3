package corpus.sqli.crossrepo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

public class OrderRepository {
  private final JdbcTemplate jdbc;

  public OrderRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> findByStatus(String status) {
    return jdbc.queryForList("SELECT id FROM orders WHERE status = '" + status + "'", String.class);
  }
}

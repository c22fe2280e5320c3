package corpus.sqli.crosssafe;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

public class InvoiceRepository {
  private final JdbcTemplate jdbc;

  public InvoiceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> findByCustomer(String customer) {
    return jdbc.queryForList("SELECT id FROM invoices WHERE customer = ?", String.class, customer);
  }
}

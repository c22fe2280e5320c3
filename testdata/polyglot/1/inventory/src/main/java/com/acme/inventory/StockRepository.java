package com.acme.inventory;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StockRepository {
  private final JdbcTemplate jdbc;

  public StockRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/stock")
  public Map<String, Object> bySku(@RequestParam String sku) {
    return jdbc.queryForMap("SELECT * FROM stock WHERE sku = '" + sku + "'");
  }
}

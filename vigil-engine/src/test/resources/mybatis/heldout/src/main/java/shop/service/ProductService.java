package shop.service;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import shop.domain.Query;
import shop.mapper.ProductMapper;

@Service
public class ProductService {
  @Autowired
  private ProductMapper productMapper;

  public List<Map<String, Object>> sorted(String column, String name) {
    // ruleid: java.sql-injection
    return productMapper.selectSorted(column, name);
  }

  public List<Map<String, Object>> list(Query query) {
    // ruleid: java.sql-injection
    return productMapper.selectList(query);
  }

  public List<Map<String, Object>> page(Query query) {
    // ruleid: java.sql-injection
    return productMapper.selectPage(query);
  }

  public int run(String sql) {
    // ruleid: java.sql-injection
    return productMapper.runSql(sql);
  }

  public List<Map<String, Object>> byName(String name) {
    // ok: java.sql-injection
    return productMapper.selectByName(name);
  }

  public List<Map<String, Object>> sortedByAllowList(String column, String name) {
    String safe = "price".equals(column) ? "price" : "name";
    // ok: java.sql-injection
    return productMapper.selectSorted(safe, name);
  }

  public List<Map<String, Object>> columns(String keyword) {
    // ok: java.sql-injection
    return productMapper.selectColumns("product", keyword);
  }
}

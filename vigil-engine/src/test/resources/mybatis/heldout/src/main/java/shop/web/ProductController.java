package shop.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shop.domain.Query;
import shop.mapper.ProductMapper;
import shop.service.ProductService;

@RestController
public class ProductController {
  @Autowired
  private ProductService service;
  @Autowired
  private ProductMapper mapper;

  @GetMapping("/sorted")
  public Object sorted(@RequestParam String sort, @RequestParam String name) {
    return service.sorted(sort, name);
  }

  @GetMapping("/list")
  public Object list(Query query) {
    return service.list(query);
  }

  @GetMapping("/page")
  public Object page(Query query) {
    return service.page(query);
  }

  @GetMapping("/run")
  public Object run(@RequestParam String sql) {
    return service.run(sql);
  }

  @GetMapping("/name")
  public Object byName(@RequestParam String name) {
    return service.byName(name);
  }

  @GetMapping("/allow")
  public Object allow(@RequestParam String sort, @RequestParam String name) {
    return service.sortedByAllowList(sort, name);
  }

  @GetMapping("/columns")
  public Object columns(@RequestParam String keyword) {
    return service.columns(keyword);
  }

  @GetMapping("/ids")
  public Object ids(@RequestParam List<String> ids) {
    // ruleid: java.sql-injection
    return mapper.selectByIds(ids);
  }

  @GetMapping("/category")
  public Object category(@RequestParam String category) {
    // ruleid: java.sql-injection
    List<Map<String, Object>> rows = mapper.byCategory(category);
    // ok: java.sql-injection
    List<Map<String, Object>> safe = mapper.byCategorySafe(category);
    rows.addAll(safe);
    return rows;
  }

  @GetMapping("/reprice")
  public Object reprice(@RequestParam String price, @RequestParam String where) {
    // ruleid: java.sql-injection
    int changed = mapper.reprice(price, where);
    // ok: java.sql-injection
    int again = mapper.reprice(price, "id = 1");
    return changed + again;
  }

  @GetMapping("/delete")
  public Object delete(@RequestParam String id) {
    // ok: java.sql-injection
    return mapper.delete(id);
  }

  @GetMapping("/table")
  public Object table(@RequestParam String id) {
    // ok: java.sql-injection
    return mapper.fromTable("product", id);
  }
}

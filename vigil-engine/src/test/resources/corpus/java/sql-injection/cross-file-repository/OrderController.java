// vigil-expect: vulnerable cwe=89
// case: controller passes a request parameter to a repository in another file that concatenates it
package corpus.sqli.crossrepo;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderController {
  private final OrderRepository orders;

  public OrderController(OrderRepository orders) {
    this.orders = orders;
  }

  @GetMapping("/orders")
  public List<String> byStatus(@RequestParam("status") String status) {
    return orders.findByStatus(status);
  }
}

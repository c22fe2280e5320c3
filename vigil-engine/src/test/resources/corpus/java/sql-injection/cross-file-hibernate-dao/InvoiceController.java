// vigil-expect: vulnerable cwe=89
// case: a DAO in another file concatenates the customer code into Hibernate Session.createQuery
package corpus.sqli2.invoices;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {
  private final InvoiceDao dao;

  public InvoiceController(InvoiceDao dao) {
    this.dao = dao;
  }

  @GetMapping("/invoices/unpaid")
  public List<?> unpaid(@RequestParam("customer") String customer) {
    return dao.unpaidFor(customer);
  }
}

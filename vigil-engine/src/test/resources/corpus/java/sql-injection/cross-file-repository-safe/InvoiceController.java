// vigil-expect: safe cwe=89
// case: repository in another file binds the value as a parameter
package corpus.sqli.crosssafe;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {
  private final InvoiceRepository invoices;

  public InvoiceController(InvoiceRepository invoices) {
    this.invoices = invoices;
  }

  @GetMapping("/invoices")
  public List<String> byCustomer(@RequestParam("customer") String customer) {
    return invoices.findByCustomer(customer);
  }
}

// vigil-expect: vulnerable cwe=89
// case: a @RequestBody record's sort field is appended to a JPQL ORDER BY; the owner is bound
package corpus.sqli2;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecordSortJpqlController {
  public record OrderSearch(String owner, String sort, int page) {}

  @PersistenceContext
  private EntityManager em;

  @PostMapping("/orders/search")
  public List<?> search(@RequestBody OrderSearch search) {
    String jpql = "SELECT o FROM PurchaseOrder o WHERE o.owner = :owner ORDER BY o." + search.sort();
    return em.createQuery(jpql)
        .setParameter("owner", search.owner())
        .setFirstResult(search.page() * 20)
        .setMaxResults(20)
        .getResultList();
  }
}

// vigil-expect: safe cwe=89
// case: a @RequestBody record's sort field picks a column through a switch expression of constants
package corpus.sqli2;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RecordSortSwitchController {
  public record OrderSearch(String owner, String sort, int page) {}

  @PersistenceContext
  private EntityManager em;

  @PostMapping("/orders/search-sorted")
  public List<?> search(@RequestBody OrderSearch search) {
    String column = switch (search.sort() == null ? "" : search.sort()) {
      case "total" -> "total";
      case "date", "created" -> "createdAt";
      default -> "id";
    };
    String jpql = "SELECT o FROM PurchaseOrder o WHERE o.owner = :owner ORDER BY o." + column;
    return em.createQuery(jpql)
        .setParameter("owner", search.owner())
        .setMaxResults(20)
        .getResultList();
  }
}

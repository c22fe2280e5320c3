// vigil-expect: safe cwe=89
// case: JAX-RS query parameter passes through two private helpers and is bound as a positional parameter
package corpus.sqli2;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

@Path("/reports/sales-bound")
public class NativeRegionBoundResource {
  private static final String BY_REGION =
      "SELECT r.name, SUM(s.amount) FROM sales s JOIN regions r ON r.id = s.region_id"
          + " WHERE r.code = ?1 GROUP BY r.name";

  @PersistenceContext
  private EntityManager em;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<?> byRegion(@QueryParam("region") String region) {
    return run(normalise(region));
  }

  private String normalise(String region) {
    return region == null ? "EU" : region.trim().toUpperCase();
  }

  private List<?> run(String code) {
    Query query = em.createNativeQuery(BY_REGION);
    query.setParameter(1, code);
    return query.getResultList();
  }
}

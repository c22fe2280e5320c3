// vigil-expect: vulnerable cwe=89
// case: JAX-RS query parameter flows through two private helpers into createNativeQuery
package corpus.sqli2;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

@Path("/reports/sales")
public class NativeRegionHelpersResource {
  @PersistenceContext
  private EntityManager em;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<?> byRegion(@QueryParam("region") String region) {
    return run(buildQuery(region.trim()));
  }

  private String buildQuery(String region) {
    StringBuilder sb = new StringBuilder("SELECT r.name, SUM(s.amount) FROM sales s JOIN regions r ON r.id = s.region_id");
    sb.append(" WHERE r.code = '").append(region).append("'");
    sb.append(" GROUP BY r.name");
    return sb.toString();
  }

  private List<?> run(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }
}

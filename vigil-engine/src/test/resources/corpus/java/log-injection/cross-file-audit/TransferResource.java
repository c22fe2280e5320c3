// vigil-expect: vulnerable cwe=117
// case: an audit logger in another file writes the raw value
package corpus.logi.audit;

import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

@Path("/transfers")
public class TransferResource {
  private final AuditLog audit = new AuditLog();

  @POST
  public void transfer(@FormParam("beneficiary") String beneficiary) {
    audit.record("transfer", beneficiary);
  }
}

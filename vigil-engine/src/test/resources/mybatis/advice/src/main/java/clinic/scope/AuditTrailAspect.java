package clinic.scope;

import clinic.domain.VisitFilter;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;
import org.springframework.stereotype.Component;

/** Narrows the filter for auditors; for everyone else the request's value stays in place. */
@Aspect
@Component
public class AuditTrailAspect {
  @Before("@annotation(auditTrail)")
  public void narrow(JoinPoint point, AuditTrail auditTrail) {
    Object first = point.getArgs()[0];
    if (CurrentNurse.isAuditor() && first instanceof VisitFilter filter) {
      filter.getExtra().put("wardSql", " AND v.audited = 1");
    }
  }
}

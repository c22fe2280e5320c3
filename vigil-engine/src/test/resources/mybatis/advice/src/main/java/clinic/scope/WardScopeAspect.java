package clinic.scope;

import clinic.domain.VisitFilter;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;
import org.springframework.stereotype.Component;

/** Writes the ward condition into the filter before every @WardScope listing runs. */
@Aspect
@Component
public class WardScopeAspect {
  public static final String WARD_SQL = "wardSql";

  @Before("@annotation(wardScope)")
  public void restrict(JoinPoint point, WardScope wardScope) {
    reset(point);
    Object first = point.getArgs()[0];
    if (first instanceof VisitFilter filter && CurrentNurse.wardId() != null) {
      filter.getExtra().put(WARD_SQL, " AND " + wardScope.alias() + ".ward_id = " + CurrentNurse.wardId());
    }
  }

  /** Drops whatever the request put under the key, so only the condition above can reach the SQL. */
  private void reset(JoinPoint point) {
    Object first = point.getArgs()[0];
    if (first instanceof VisitFilter filter) {
      filter.getExtra().put(WARD_SQL, "");
    }
  }
}

package clinic.service;

import clinic.domain.VisitFilter;
import clinic.mapper.VisitMapper;
import clinic.scope.AuditTrail;
import clinic.scope.WardScope;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class VisitService {
  @Autowired
  private VisitMapper visitMapper;

  @WardScope
  public List<Map<String, Object>> scoped(VisitFilter filter) {
    // ok: java.sql-injection
    return visitMapper.selectVisits(filter);
  }

  @WardScope(alias = "v")
  public List<Map<String, Object>> scopedFirstOfTwo(VisitFilter filter, String note) {
    // ok: java.sql-injection
    return visitMapper.selectVisits(filter);
  }

  public List<Map<String, Object>> unscoped(VisitFilter filter) {
    // ruleid: java.sql-injection
    return visitMapper.selectVisits(filter);
  }

  @WardScope
  public List<Map<String, Object>> ordered(VisitFilter filter) {
    // ruleid: java.sql-injection
    return visitMapper.selectVisitsOrdered(filter);
  }

  @WardScope
  public List<Map<String, Object>> byRoom(VisitFilter filter) {
    // ruleid: java.sql-injection
    return visitMapper.selectVisitsByRoom(filter);
  }

  @WardScope
  public List<Map<String, Object>> secondArgument(VisitFilter own, VisitFilter other) {
    // ruleid: java.sql-injection
    return visitMapper.selectVisits(other);
  }

  @AuditTrail
  public List<Map<String, Object>> audited(VisitFilter filter) {
    // ruleid: java.sql-injection
    return visitMapper.selectVisits(filter);
  }
}

package clinic.web;

import clinic.domain.VisitFilter;
import clinic.service.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class VisitController {
  @Autowired
  private VisitService service;

  @GetMapping("/visits")
  public Object visits(VisitFilter filter) {
    return service.scoped(filter);
  }

  @GetMapping("/visits/noted")
  public Object noted(VisitFilter filter, @RequestParam String note) {
    return service.scopedFirstOfTwo(filter, note);
  }

  @GetMapping("/visits/all")
  public Object all(VisitFilter filter) {
    return service.unscoped(filter);
  }

  @GetMapping("/visits/ordered")
  public Object ordered(VisitFilter filter) {
    return service.ordered(filter);
  }

  @GetMapping("/visits/room")
  public Object room(VisitFilter filter) {
    return service.byRoom(filter);
  }

  @GetMapping("/visits/compare")
  public Object compare(VisitFilter own, VisitFilter other) {
    return service.secondArgument(own, other);
  }

  @GetMapping("/visits/audit")
  public Object audit(VisitFilter filter) {
    return service.audited(filter);
  }
}

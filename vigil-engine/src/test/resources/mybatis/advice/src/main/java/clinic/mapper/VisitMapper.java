package clinic.mapper;

import clinic.domain.VisitFilter;
import java.util.List;
import java.util.Map;

public interface VisitMapper {
  List<Map<String, Object>> selectVisits(VisitFilter filter);

  List<Map<String, Object>> selectVisitsOrdered(VisitFilter filter);

  List<Map<String, Object>> selectVisitsByRoom(VisitFilter filter);
}

package clinic.domain;

import java.util.HashMap;
import java.util.Map;

/** Search form of the visit list, bound from the request. */
public class VisitFilter {
  private String orderBy;
  private Map<String, Object> extra;

  public String getOrderBy() {
    return orderBy;
  }

  public void setOrderBy(String orderBy) {
    this.orderBy = orderBy;
  }

  public Map<String, Object> getExtra() {
    if (extra == null) {
      extra = new HashMap<>();
    }
    return extra;
  }

  public void setExtra(Map<String, Object> extra) {
    this.extra = extra;
  }
}

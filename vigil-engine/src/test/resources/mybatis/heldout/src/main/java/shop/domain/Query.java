package shop.domain;

import java.util.HashMap;
import java.util.Map;

public class Query {
  private String name;
  private String orderBy;
  private Long deptId;
  private Map<String, Object> params = new HashMap<>();

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getOrderBy() { return orderBy; }
  public void setOrderBy(String orderBy) { this.orderBy = orderBy; }
  public Long getDeptId() { return deptId; }
  public void setDeptId(Long deptId) { this.deptId = deptId; }
  public Map<String, Object> getParams() { return params; }
  public void setParams(Map<String, Object> params) { this.params = params; }
}

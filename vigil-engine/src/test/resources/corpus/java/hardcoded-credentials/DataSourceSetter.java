// vigil-expect: vulnerable cwe=798
// case: data source configured with a literal password
package corpus.creds;

import com.zaxxer.hikari.HikariDataSource;

public class DataSourceSetter {
  public HikariDataSource dataSource() {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:mysql://localhost:3306/crm");
    ds.setUsername("crm");
    ds.setPassword("crm_Passw0rd_9");
    return ds;
  }
}

// vigil-expect: vulnerable cwe=798
// case: Spring DataSourceBuilder chain with a literal password
package corpus.creds;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSourceBuilderPassword {
  @Bean
  public DataSource reportingDataSource() {
    return DataSourceBuilder.create()
        .url("jdbc:postgresql://reporting-db:5432/reports")
        .username("reporting")
        .password("Rep0rts!2023")
        .build();
  }
}

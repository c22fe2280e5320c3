// vigil-expect: safe cwe=798
// case: the same builder chain reads the password from the Spring environment
package corpus.creds;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
public class DataSourceBuilderEnvironment {
  @Bean
  public DataSource reportingDataSource(Environment env) {
    return DataSourceBuilder.create()
        .url(env.getRequiredProperty("reporting.db.url"))
        .username(env.getRequiredProperty("reporting.db.user"))
        .password(env.getRequiredProperty("reporting.db.password"))
        .build();
  }
}

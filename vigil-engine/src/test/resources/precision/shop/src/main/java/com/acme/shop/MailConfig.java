package com.acme.shop;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;

public class MailConfig {
  // ruleid: java.hardcoded-credential, secrets.generic-credential
  private static final String JWT_SECRET = "c2VjcmV0LWtleS1mb3ItdG9rZW5zLTIwMjQ";

  public Properties mail() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "smtp.acme.test");
    // ruleid: java.hardcoded-credential
    props.put("mail.smtp.password", "Qx7!mR2pLkz");
    return props;
  }

  public DataSource dataSource() {
    DataSourceBuilder<?> builder = DataSourceBuilder.create().url("jdbc:postgresql://db/shop");
    // ruleid: java.hardcoded-credential
    builder.password("Pr0d-Db#2024x");
    return builder.username("shop").build();
  }
}

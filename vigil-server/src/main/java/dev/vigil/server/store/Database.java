package dev.vigil.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool, the migrated schema and the JDBI handle of one database: an embedded H2 file
 * by default, PostgreSQL for teams. The same migrations serve both.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Returns the JDBC URL of the embedded H2 database kept in {@code dataDir}. Commits are durable
   * at once (a killed process loses nothing it committed), and a second local process, such as
   * {@code vigil advisories import}, may open it while the server runs (AUTO_SERVER).
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("vigil") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
  }

  /** Opens the database at {@code jdbcUrl} and brings its schema up to date. */
  public static Database open(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
          + "': expected jdbc:h2:... or jdbc:postgresql://host/db");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) config.setUsername(user);
    if (password != null) config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setPoolName("vigil");
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot connect to " + redact(jdbcUrl) + ": "
          + rootMessage(e), e);
    }
    // Out of order: branches add migrations in parallel (V7, V8...); a database that already ran a
    // higher version still gets a lower one merged later, instead of failing validation.
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true)
        .load().migrate();
    return new Database(dataSource);
  }

  /** Returns the JDBI entry point. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** Returns the pooled data source (db-scheduler uses it). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns true if this is PostgreSQL. */
  public boolean isPostgres() {
    return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) cause = cause.getCause();
    return String.valueOf(cause.getMessage());
  }
}

package dev.vigil.cli;

import dev.vigil.server.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of commands that work on a Vigil installation's data without its server: the data
 * folder and the database (embedded H2 in the data folder unless {@code --db} or VIGIL_DB_URL says
 * otherwise; VIGIL_DB_USER and VIGIL_DB_PASSWORD for PostgreSQL).
 */
final class InstallationOptions {
  @Option(names = "--data", defaultValue = "vigil-data", description = "Data folder (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL (default: embedded H2 in the data folder).")
  String db;

  /** Opens the installation's database, migrating its schema. */
  Database open() {
    String url = db != null ? db : System.getenv().getOrDefault("VIGIL_DB_URL", Database.embeddedUrl(data));
    return Database.open(url, System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD"));
  }
}

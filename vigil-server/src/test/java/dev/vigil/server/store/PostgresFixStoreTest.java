package dev.vigil.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The patch review and pull request stores on a real PostgreSQL server, migrated by the same Flyway scripts. */
class PostgresFixStoreTest extends FixStoreContract {
  private EmbeddedPostgres postgres;

  @Override
  Database open() throws Exception {
    postgres = EmbeddedPostgres.start();
    return Database.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  @Override
  void release() throws Exception {
    postgres.close();
  }
}

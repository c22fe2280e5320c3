package dev.vigil.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The store contract on a real PostgreSQL server, migrated by the same Flyway scripts. */
class PostgresFindingStoreTest extends FindingStoreContract {
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

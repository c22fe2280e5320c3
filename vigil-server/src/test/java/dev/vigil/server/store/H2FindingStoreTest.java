package dev.vigil.server.store;

/** The store contract on the embedded H2 database. */
class H2FindingStoreTest extends FindingStoreContract {
  @Override
  Database open() {
    return Database.open(Database.embeddedUrl(temp.resolve("h2")), null, null);
  }
}

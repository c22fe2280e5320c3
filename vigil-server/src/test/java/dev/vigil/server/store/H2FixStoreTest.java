package dev.vigil.server.store;

/** The patch review and pull request stores on the embedded H2 database. */
class H2FixStoreTest extends FixStoreContract {
  @Override
  Database open() {
    return Database.open(Database.embeddedUrl(temp.resolve("h2")), null, null);
  }
}

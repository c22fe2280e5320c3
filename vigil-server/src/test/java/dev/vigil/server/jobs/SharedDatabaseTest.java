package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.LongHistory;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.VigilServer;
import dev.vigil.server.store.ScanStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Vigil servers, each with its own connection pool and scheduler, on one real PostgreSQL:
 * they share the scans, and no scan is run twice.
 */
class SharedDatabaseTest {
  private static final int SCANS = 6;
  @TempDir Path temp;

  @Test
  void twoProcessesShareTheScansWithoutRunningAnyTwice() throws Exception {
    for (int i = 0; i < SCANS; i++) LongHistory.write(temp.resolve("repo" + i), 400);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Path data = temp.resolve("data"); // shared: it holds the key that seals credentials
      try (ServerHarness a = ServerHarness.start(oneThread(ServerHarness.config(data, url, "postgres", null)));
           ServerHarness b = ServerHarness.start(oneThread(ServerHarness.config(data, url, "postgres", null)))) {
        String tokenA = a.adminToken();
        String tokenB = b.adminToken();
        for (int i = 0; i < SCANS; i++) {
          ServerHarness via = i % 2 == 0 ? a : b;
          String token = i % 2 == 0 ? tokenA : tokenB;
          long repository = via.connect(token, "repo" + i, temp.resolve("repo" + i));
          via.call("POST", "/api/v1/scans", token, "{\"repositoryId\": " + repository
              + ", \"branch\": \"main\", \"window\": {\"commits\": 400}}");
        }

        ScanStore scans = new ScanStore(a.server().database().jdbi());
        Set<String> workers = new HashSet<>();
        for (long id = 1; id <= SCANS; id++) {
          assertThat(a.awaitScan(tokenA, id, Duration.ofMinutes(2)).get("state").asText()).isEqualTo("done");
          ScanStore.Attempts attempts = scans.attempts(id);
          assertThat(attempts.count()).as("scan %d attempts", id).isEqualTo(1);
          workers.add(attempts.worker());
        }

        assertThat(workers).hasSize(2);
        long findings = a.call("GET", "/api/v1/findings?size=500", tokenA, null).json().get("total").asLong();
        assertThat(findings).isEqualTo(SCANS * (400 / 25));
      }
    }
  }

  private static VigilServer.Config oneThread(VigilServer.Config config) {
    ScanJobs.Settings jobs = config.jobs();
    return new VigilServer.Config(config.port(), config.dataDir(), config.jdbcUrl(), config.dbUser(),
        config.dbPassword(), config.adminPassword(), config.webhookSecret(),
        new ScanJobs.Settings(1, jobs.heartbeat(), jobs.pollEvery(), jobs.branchPoll()), config.pass());
  }
}

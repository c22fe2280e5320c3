package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.LongHistory;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.VigilServer;
import dev.vigil.server.store.ScanStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker ({@code vigil worker}: no HTTP server) takes scans from the queue a server fills, on one PostgreSQL. */
class WorkerTest {
  private static final int SCANS = 4;
  @TempDir Path temp;

  @Test
  void aWorkerWithoutHttpSharesTheScansOfAServer() throws Exception {
    for (int i = 0; i < SCANS; i++) LongHistory.write(temp.resolve("repo" + i), 300);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Path data = temp.resolve("data");
      VigilServer.Config web = oneThread(ServerHarness.config(data, url, "postgres", null), 0);
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      try (ServerHarness server = ServerHarness.start(web);
          VigilServer worker = VigilServer.start(oneThread(web, VigilServer.NO_HTTP),
              new PrintStream(printed, true, StandardCharsets.UTF_8))) {
        String token = server.adminToken();
        for (int i = 0; i < SCANS; i++) {
          long repository = server.connect(token, "repo" + i, temp.resolve("repo" + i));
          server.call("POST", "/api/v1/scans", token, "{\"repositoryId\": " + repository
              + ", \"branch\": \"main\", \"window\": {\"commits\": 300}}");
        }

        ScanStore scans = new ScanStore(server.server().database().jdbi());
        Set<String> workers = new HashSet<>();
        for (long id = 1; id <= SCANS; id++) {
          assertThat(server.awaitScan(token, id, Duration.ofMinutes(2)).get("state").asText()).isEqualTo("done");
          assertThat(scans.attempts(id).count()).isEqualTo(1);
          workers.add(scans.attempts(id).worker());
        }

        assertThat(worker.port()).isEqualTo(VigilServer.NO_HTTP);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Vigil worker is running scans (database: PostgreSQL)\n");
        assertThat(workers).as("the server and the worker each ran scans").hasSize(2);
      }
    }
  }

  private static VigilServer.Config oneThread(VigilServer.Config config, int port) {
    ScanJobs.Settings jobs = config.jobs();
    return new VigilServer.Config(port, config.dataDir(), config.jdbcUrl(), config.dbUser(),
        config.dbPassword(), config.adminPassword(), config.webhookSecret(),
        new ScanJobs.Settings(1, jobs.heartbeat(), jobs.pollEvery(), jobs.branchPoll()), config.pass());
  }
}

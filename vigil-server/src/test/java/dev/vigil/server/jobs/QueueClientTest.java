package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process that runs no jobs (the worker benchmark) queues a stored scan; a server sharing the database runs it once. */
class QueueClientTest {
  @TempDir Path temp;

  @Test
  void aScanQueuedFromOutsideRunsOnceInAServerSharingTheDatabase() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(8) + "\n").commit("one");
      String admin = server.adminToken();
      long repository = server.connect(admin, "shop", repo.dir());
      ScanStore scans = new ScanStore(server.server().database().jdbi());
      long scan = scans.create(repository, null, "main", ScanRecord.BACKFILL, 10, null, null, null, null).id();

      ScanJobs.enqueue(server.server().database().dataSource(), scan);
      ScanJobs.enqueue(server.server().database().dataSource(), scan);

      assertThat(server.awaitScan(admin, scan, Duration.ofSeconds(60)).get("state").asText()).isEqualTo("done");
      assertThat(scans.attempts(scan).count()).isEqualTo(1);
      assertThat(server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json()
          .get("total").asLong()).isEqualTo(1);
    }
  }
}

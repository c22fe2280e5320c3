package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.FindingStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages whose SQL is the UI's own (sessions, readiness counts, chart spans) on a real PostgreSQL. */
class PostgresPagesTest {
  @TempDir Path temp;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sessionsOverviewAndFindingsWorkOnPostgres() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"))) {
      repo.write("README.md", "demo\n").commit("start");
    }
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        ServerHarness server = ServerHarness.start(temp.resolve("data"),
            postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
      long repository = server.connect(server.adminToken(), "demo", temp.resolve("repo"));
      new FindingStore(server.server().database().jdbi()).recordBackfill(repository, 0, List.of(
          seed(Severity.HIGH, "src/A.java", null), seed(Severity.HIGH, "src/B.java", "bb"),
          seed(Severity.LOW, "src/C.java", null)));
      String session = new SessionStore(server.server().database().jdbi())
          .open(new User(1, "admin", Role.ADMIN)).id();

      HttpResponse<String> overview = get(server, "/repositories/" + repository, session);
      HttpResponse<String> findings = get(server, "/findings?repositoryId=" + repository + "&sort=-path", session);

      assertThat(overview.statusCode()).isEqualTo(200);
      assertThat(overview.body()).contains("1 high or critical finding lacks an owner or a decision.",
          "1 of 1 fixed high and critical findings has neither a validation record nor a validated patch with its "
              + "regression test.",
          "Open findings now: critical 0, high 1, medium 0, low 1, info 0.");
      assertThat(findings.statusCode()).isEqualTo(200);
      assertThat(findings.body().indexOf("src/C.java")).isLessThan(findings.body().indexOf("src/A.java"));
      assertThat(get(server, "/repositories", "unknown-session").statusCode()).isEqualTo(303);
    }
  }

  private static dev.vigil.engine.git.TrackedFinding seed(Severity severity, String path, String fixedSha) {
    return new FindingFixtures.Seed("java.sample", 89, severity, Confidence.HIGH, path, 3,
        FindingFixtures.sha("ab"), Instant.parse("2026-10-01T10:00:00Z"),
        fixedSha == null ? null : FindingFixtures.sha(fixedSha)).tracked();
  }

  private HttpResponse<String> get(ServerHarness server, String path, String session) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Cookie", "vigil_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}

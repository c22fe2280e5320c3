package dev.vigil.server.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.ThreatModelStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/digest} over a seeded repository, on H2 and PostgreSQL. */
class DigestApiTest {
  @TempDir Path temp;

  @Test
  void markdownDigestNamesEachSectionOfTheWeek() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      Seeded seeded = seed(server, temp.resolve("shop"));

      ServerHarness.Response response = server.call("GET", "/api/v1/digest?repositoryId=" + seeded.repository
          + "&format=md", server.adminToken(), null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-type")).startsWith("text/markdown");
      String md = response.body();
      assertThat(md).startsWith("# Vigil weekly digest, ").contains("## [shop](" + server.baseUrl() + "/repositories/"
          + seeded.repository + ")");
      String top = section(md, "Recommended top 10");
      assertThat(top).startsWith("1. **critical** [#" + seeded.critical.id() + "](" + server.baseUrl() + "/findings/"
          + seeded.critical.id() + ") `java.sql-injection` in `src/main/java/shop/Orders.java:12`");
      assertThat(section(md, "New high and critical findings (2)"))
          .contains("#" + seeded.critical.id()).contains("introduced in `aaaaaaaaaa` by Lin Dev");
      assertThat(section(md, "Fixed (1)")).contains("#" + seeded.fixed.id())
          .contains("fixed in `bbbbbbbbbb` by Sam Fix <sam@example.org>".replace("<", "\\<").replace(">", "\\>"));
      assertThat(section(md, "Deferred findings now due (1)")).contains("#" + seeded.deferred.id())
          .contains("due " + LocalDate.now().minusDays(1));
      assertThat(section(md, "Threat model")).contains("Needs review").contains("new entry point POST /orders");
      assertThat(section(md, "Scans")).contains("Never scanned: create a scan.");
      assertThat(section(md, "Environments failing their health check (1)"))
          .contains("[ci](").contains("the build step exited with 2");
      assertThat(section(md, "False positives rejected (1)")).contains("#" + seeded.rejected.id())
          .contains("rejected by admin").contains("\"fixture data, never deployed\"")
          .contains("Suggestion: Adjust the threat model's scope: add \"src/test/\\*\\*\" to out-of-scope");
    }
  }

  @Test
  void htmlDigestDrawsChartsAsInlineSvgAndEscapesWhatPeopleWrote() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      Seeded seeded = seed(server, temp.resolve("shop"));
      server.call("POST", "/api/v1/findings/" + seeded.low.id() + "/triage", server.adminToken(),
          "{\"action\": \"reject\", \"reason\": \"<script>alert(1)</script> set by a profile\"}");

      ServerHarness.Response response = server.call("GET", "/api/v1/digest?format=html", server.adminToken(), null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-type")).startsWith("text/html");
      String html = response.body();
      assertThat(html).startsWith("<!doctype html>").contains("<style>").doesNotContain("<link ")
          .contains("<svg viewBox=\"0 0 640 240\"").contains("Open findings by severity")
          .contains("Introduced vs fixed").contains("data-repository=\"" + seeded.repository + "\"");
      assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; set by a profile")
          .contains("Suggestion: Adjust the environment");
    }
  }

  @Test
  void aUserGetsTheDigestOfTheRepositoriesGrantedOnly() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      Seeded seeded = seed(server, temp.resolve("shop"));
      String viewer = server.createUser(server.adminToken(), "vera", "viewer");

      String digest = server.call("GET", "/api/v1/digest", viewer, null).body();
      ServerHarness.Response hidden = server.call("GET", "/api/v1/digest?repositoryId=" + seeded.repository, viewer, null);
      ServerHarness.Response badFormat = server.call("GET", "/api/v1/digest?format=pdf", server.adminToken(), null);
      ServerHarness.Response badSince = server.call("GET", "/api/v1/digest?since=last-week", server.adminToken(), null);

      assertThat(digest).contains("No repositories.").doesNotContain("shop");
      assertThat(hidden.status()).isEqualTo(404);
      assertThat(badFormat.status()).isEqualTo(400);
      assertThat(badFormat.json().get("field").asText()).isEqualTo("format");
      assertThat(badFormat.json().get("message").asText()).isEqualTo("unknown digest format 'pdf': expected md or html");
      assertThat(badSince.json().get("field").asText()).isEqualTo("since");
    }
  }

  @Test
  void sinceWidensTheWindow() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      Seeded seeded = seed(server, temp.resolve("shop"));
      String lastWeek = server.call("GET", "/api/v1/digest?repositoryId=" + seeded.repository, server.adminToken(), null).body();
      String sinceLastYear = server.call("GET", "/api/v1/digest?repositoryId=" + seeded.repository + "&since="
          + LocalDate.now().minusYears(2), server.adminToken(), null).body();

      assertThat(lastWeek).contains("### Fixed (1)");
      assertThat(sinceLastYear).contains("### Fixed (2)").contains("#" + seeded.oldFixed.id());
    }
  }

  @Test
  void postgresGivesTheSameSections() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        ServerHarness server = ServerHarness.start(temp.resolve("data"),
            postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
      Seeded seeded = seed(server, temp.resolve("shop"));

      String md = server.call("GET", "/api/v1/digest?repositoryId=" + seeded.repository, server.adminToken(), null).body();

      assertThat(section(md, "Recommended top 10")).startsWith("1. **critical** [#" + seeded.critical.id() + "]");
      assertThat(md).contains("### New high and critical findings (2)").contains("### Fixed (1)")
          .contains("### Deferred findings now due (1)").contains("### False positives rejected (1)")
          .contains("### Environments failing their health check (1)");
    }
  }

  /** The findings of a seeded repository, by the role each plays in the digest. */
  record Seeded(long repository, FindingRecord critical, FindingRecord fixed, FindingRecord oldFixed,
      FindingRecord deferred, FindingRecord rejected, FindingRecord low) {}

  /**
   * Seeds a repository "shop": a critical and a high finding first seen now, one fixed two days
   * ago, one fixed a year ago, a deferral due yesterday, a rejection of a test fixture, a threat
   * model needing review and an environment whose health check failed.
   */
  static Seeded seed(ServerHarness server, Path repo) throws Exception {
    try (GitFixtures git = GitFixtures.init(repo)) {
      git.write("README.md", "shop\n").commit("start");
    }
    String admin = server.adminToken();
    long id = server.connect(admin, "shop", repo);
    Jdbi jdbi = server.server().database().jdbi();
    Instant recent = Instant.now().minus(Duration.ofDays(3));
    Instant old = Instant.now().minus(Duration.ofDays(400));
    FindingStore findings = new FindingStore(jdbi);
    findings.recordBackfill(id, 0, List.of(
        seed("java.sql-injection", Severity.CRITICAL, "src/main/java/shop/Orders.java", 12, "aa", recent, null),
        seed("java.path-injection", Severity.HIGH, "src/main/java/shop/Files.java", 30, "aa", recent, null),
        seed("java.weak-hash", Severity.MEDIUM, "src/main/java/shop/Hash.java", 7, "cc", recent, "bb"),
        seed("java.weak-hash", Severity.MEDIUM, "src/main/java/shop/Old.java", 9, "cc", old, "dd"),
        seed("java.xss", Severity.MEDIUM, "src/main/java/shop/View.java", 40, "cc", recent, null),
        seed("secrets.generic", Severity.HIGH, "src/test/fixtures/keys.txt", 1, "cc", recent, null),
        seed("java.debug", Severity.LOW, "src/main/java/shop/Debug.java", 3, "cc", recent, null)));
    jdbi.useHandle(h -> h.createUpdate("UPDATE findings SET first_seen_at = ? WHERE rule_id IN ('secrets.generic', 'java.xss')")
        .bind(0, Instant.now().minus(Duration.ofDays(30))).execute());
    List<FindingRecord> all = findings.withEvidence(id);
    FindingRecord deferred = named(all, "View.java");
    server.call("POST", "/api/v1/findings/" + deferred.id() + "/triage", admin,
        "{\"action\": \"defer\", \"until\": \"" + LocalDate.now().plusDays(5) + "\"}");
    jdbi.useHandle(h -> h.createUpdate("UPDATE findings SET deferred_until = ? WHERE id = ?")
        .bind(0, LocalDate.now().minusDays(1)).bind(1, deferred.id()).execute());
    FindingRecord rejected = named(all, "keys.txt");
    server.call("POST", "/api/v1/findings/" + rejected.id() + "/triage", admin,
        "{\"action\": \"reject\", \"reason\": \"fixture data, never deployed\"}");
    new ThreatModelStore(jdbi).status(id, true, List.of("new entry point POST /orders"), FindingFixtures.sha("ee"));
    long environment = server.call("POST", "/api/v1/repositories/" + id + "/environments", admin,
        "{\"name\": \"ci\", \"buildCommand\": \"make\"}").json().get("id").asLong();
    HealthCheckStore checks = new HealthCheckStore(jdbi);
    HealthCheckRecord check = checks.queue(environment, "admin");
    checks.steps(check.id(), List.of(new dev.vigil.server.store.HealthStep("setup", "passed", 0, 10, null, ""),
        new dev.vigil.server.store.HealthStep("build", "failed", 2, 10, null, "make: *** no rule")));
    checks.finish(check.id(), HealthCheckRecord.FAILED, null);
    return new Seeded(id, named(all, "Orders.java"), named(all, "Hash.java"), named(all, "Old.java"), deferred,
        rejected, named(all, "Debug.java"));
  }

  private static TrackedFinding seed(String rule, Severity severity, String path, int line, String introduced,
      Instant at, String fixed) {
    return new FindingFixtures.Seed(rule, 89, severity, Confidence.HIGH, path, line, FindingFixtures.sha(introduced),
        at, fixed == null ? null : FindingFixtures.sha(fixed)).tracked();
  }

  private static FindingRecord named(List<FindingRecord> findings, String file) {
    return findings.stream().filter(f -> f.path().endsWith(file)).findFirst().orElseThrow();
  }

  /** Returns the lines under a Markdown section heading, up to the next heading. */
  static String section(String md, String title) {
    int start = md.indexOf("### " + title + "\n");
    assertThat(start).as("section " + title + " in\n" + md).isNotNegative();
    int body = md.indexOf('\n', start) + 2;
    int end = md.indexOf("\n#", body);
    return md.substring(body, end < 0 ? md.length() : end).trim();
  }
}

package dev.vigil.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}: Prometheus text that changes after a scan, for admins and the metrics token only. */
class MetricsTest {
  private static final Pattern SAMPLE = Pattern.compile(
      "[a-z_]+(\\{[a-z_]+=\"[^\"]*\"(,[a-z_]+=\"[^\"]*\")*})? -?[0-9.]+(e[-+]?[0-9]+)?");
  @TempDir Path temp;

  @Test
  void metricsChangeAfterAScan() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(31) + "\n").commit("one");
      repo.write("README.md", "shop\n").commit("two");
      String admin = server.adminToken();
      String before = scrape(server, admin).body();
      long repository = server.connect(admin, "shop", repo.dir());
      long scan = server.scanMain(admin, repository, 10);
      server.awaitScan(admin, scan, Duration.ofSeconds(60));

      ServerHarness.Response after = scrape(server, admin);

      assertThat(after.headers().get("content-type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
      assertThat(value(before, "vigil_commits_analysed_total")).isZero();
      assertThat(value(after.body(), "vigil_commits_analysed_total")).isEqualTo(2);
      assertThat(before).doesNotContain("vigil_scans{");
      assertThat(value(after.body(), "vigil_scans{state=\"done\"}")).isEqualTo(1);
      assertThat(value(after.body(), "vigil_findings{state=\"open\",severity=\"critical\"}")).isEqualTo(1);
      assertThat(after.body()).contains("# TYPE vigil_http_request_duration_seconds histogram")
          .contains("vigil_http_request_duration_seconds_bucket{method=\"POST\",route=\"/api/v1/scans\",le=\"+Inf\"} 1")
          .contains("vigil_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/scans/{id}\"}")
          .contains("# TYPE vigil_queue_depth gauge").contains("# TYPE vigil_validation_verdicts gauge");
      assertThat(before).contains("# TYPE vigil_analyzer_seconds_total counter")
          .doesNotContain("vigil_analyzer_seconds_total{");
      Matcher secrets = Pattern.compile("(?m)^vigil_analyzer_seconds_total\\{analyzer=\"secrets\"} ([0-9.]+)$")
          .matcher(after.body());
      assertThat(secrets.find()).as(after.body()).isTrue();
      assertThat(Double.parseDouble(secrets.group(1))).isPositive();
      for (String line : after.body().split("\n")) {
        if (!line.startsWith("#")) assertThat(line).matches(SAMPLE);
      }
    }
  }

  @Test
  void onlyAdminsAndTheMetricsTokenMayScrape() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String viewer = server.createUser(server.adminToken(), "vera", "viewer");

      assertThat(server.request("GET", "/metrics", null, Map.of()).status()).isEqualTo(401);
      assertThat(scrape(server, viewer).status()).isEqualTo(403);
      assertThat(scrape(server, "not-a-token").status()).isEqualTo(401);
      Metrics metrics = new Metrics(server.server().database().jdbi(), "scrape-secret");
      assertThat(metrics.isMetricsToken("scrape-secret")).isTrue();
      assertThat(metrics.isMetricsToken("scrape-secreT")).isFalse();
      assertThat(new Metrics(server.server().database().jdbi(), " ").isMetricsToken(" ")).isFalse();
    }
  }

  private static ServerHarness.Response scrape(ServerHarness server, String token) {
    return server.request("GET", "/metrics", null, Map.of("Authorization", "Bearer " + token));
  }

  private static long value(String text, String sample) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\d+)$").matcher(text);
    if (!matcher.find()) throw new AssertionError("no sample " + sample + " in\n" + text);
    return Long.parseLong(matcher.group(1));
  }
}

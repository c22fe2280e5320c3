package dev.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's acceptance on the held-out service of the precision issue (the made-up shop of
 * {@code vigil-engine/src/test/resources/precision/}, written before tuning): after one scan, its
 * digest names its top finding, its readiness list says what is unmet, and /metrics moved.
 */
class HeldOutServiceTest {
  static final Path SERVICE = Path.of("../vigil-engine/src/test/resources/precision/shop");

  @TempDir Path temp;

  @Test
  void digestNamesTheTopFindingReadinessListsUnmetItemsAndMetricsMoveAfterAScan() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"));
        Stream<Path> files = Files.walk(SERVICE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(SERVICE.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
      repo.commit("the shop service");
      String admin = server.adminToken();
      String before = metrics(server, admin);
      long id = server.connect(admin, "shop", repo.dir());
      long scan = server.scanMain(admin, id, 10);
      assertThat(server.awaitScan(admin, scan, Duration.ofSeconds(120)).get("state").asText()).isEqualTo("done");

      JsonNode top = server.call("GET", "/api/v1/repositories/" + id + "/recommended", admin, null).json()
          .get("items").get(0);
      String digest = server.call("GET", "/api/v1/digest?repositoryId=" + id + "&format=md", admin, null).body();
      JsonNode readiness = server.call("GET", "/api/v1/repositories/" + id + "/readiness", admin, null).json()
          .get("items");
      String after = metrics(server, admin);

      String topSection = digest.substring(digest.indexOf("### Recommended top 10"));
      assertThat(topSection).contains("1. **" + top.get("severity").asText() + "** [#" + top.get("id").asLong() + "](")
          .contains("`" + top.get("ruleId").asText() + "` in `" + top.get("path").asText() + ":"
              + top.get("line").asInt() + "`");
      List<JsonNode> unmet = new java.util.ArrayList<>();
      readiness.forEach(item -> {
        if (!item.get("met").asBoolean() && "todo".equals(item.get("state").asText())) unmet.add(item);
      });
      assertThat(unmet).isNotEmpty().allSatisfy(item -> assertThat(item.get("missing").asText()).isNotBlank());
      assertThat(readiness.findValuesAsText("name")).contains("Backfill complete");
      assertThat(sample(before, "vigil_commits_analysed_total")).isEqualTo("0");
      assertThat(sample(after, "vigil_commits_analysed_total")).isEqualTo("1");
      assertThat(sample(after, "vigil_scans{state=\"done\"}")).isEqualTo("1");
      assertThat(before).doesNotContain("vigil_findings{").doesNotContain("vigil_analyzer_seconds_total{");
      assertThat(sample(after, "vigil_findings{state=\"open\",severity=\"" + top.get("severity").asText() + "\"}"))
          .isNotEqualTo("0");
      assertThat(Double.parseDouble(sample(after, "vigil_analyzer_seconds_total{analyzer=\"secrets\"}"))).isPositive();
    }
  }

  private static String metrics(ServerHarness server, String token) {
    return server.request("GET", "/metrics", null, Map.of("Authorization", "Bearer " + token)).body();
  }

  private static String sample(String text, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
    if (!matcher.find()) throw new AssertionError("no sample " + name + " in\n" + text);
    return matcher.group(1);
  }
}

package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil scan} on the polyglot fixture repository ({@code testdata/polyglot}: a Flask
 * service, an Express service with a TypeScript router and a Java module in one history, built
 * into a real Git repository here): findings of the three languages with their data flows, the
 * commits that introduced and fixed them, and, validated, the threat model's entry point that
 * reaches each.
 */
class PolyglotScanTest {
  private static final String VIEWS = "services/billing/app.py";
  private static final String DB = "services/billing/db.py";
  private static final String SERVER = "services/web/server.js";
  private static final String ROUTES = "services/web/routes/search.ts";
  private static final String DAO = "inventory/src/main/java/com/acme/inventory/StockRepository.java";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path repo;
  static final List<String> commits = new ArrayList<>();

  @BeforeAll
  static void buildRepository() throws Exception {
    Path fixture = Path.of(PolyglotScanTest.class.getResource("/testdata/polyglot").toURI());
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      int hour = 0;
      for (String line : Files.readAllLines(fixture.resolve("commits.txt"), StandardCharsets.UTF_8)) {
        String[] step = line.split("\t", 2);
        Path folder = fixture.resolve(step[0]);
        try (var files = Files.walk(folder)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Path target = repo.resolve(folder.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
        commits.add(ScanCommandTest.commit(git, step[1], ++hour).name());
      }
    }
  }

  /** Returns the findings of the report by {@code ruleId path}. */
  private static Map<String, JsonNode> byRuleAndPath(JsonNode findings) {
    Map<String, JsonNode> found = new HashMap<>();
    findings.forEach(f -> found.put(f.get("ruleId").asText() + " " + f.get("path").asText(), f));
    return found;
  }

  @Test
  void findingsOfTheThreeLanguagesCarryTheirFlowsAndCommits() throws Exception {
    ScanCommandTest.Run run = ScanCommandTest.vigil("scan", repo.toString(), "--format", "json",
        "--no-progress");

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, JsonNode> found = byRuleAndPath(JSON.readTree(run.out()).get("findings"));
    JsonNode sql = found.get("python.sql-injection " + DB);
    assertThat(sql).as(found.keySet().toString()).isNotNull();
    List<String> steps = new ArrayList<>();
    sql.get("evidence").forEach(step -> steps.add(step.get("path").asText()));
    assertThat(steps).startsWith(VIEWS).endsWith(DB);
    assertThat(sql.get("introducedIn").get("sha").asText()).isEqualTo(commits.get(0));
    assertThat(sql.get("fixedIn").isNull()).isTrue();

    JsonNode command = found.get("js.command-injection " + SERVER);
    assertThat(command.get("introducedIn").get("sha").asText()).isEqualTo(commits.get(0));
    assertThat(command.get("fixedIn").get("sha").asText()).isEqualTo(commits.get(1));
    assertThat(command.get("presentAtHead").asBoolean()).isFalse();
    assertThat(found.get("js.open-redirect " + ROUTES).get("evidence")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(found.get("java.sql-injection " + DAO).get("evidence")).isNotEmpty();
  }

  @Test
  void validatedFindingsNameTheEntryPointThatReachesThem() throws Exception {
    ScanCommandTest.Run run = ScanCommandTest.vigil("scan", repo.toString(), "--format", "sarif",
        "--validate", "--no-progress");

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, String> reachedFrom = new HashMap<>();
    for (JsonNode result : JSON.readTree(run.out()).get("runs").get(0).get("results")) {
      String path = result.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asText();
      for (JsonNode step : result.get("properties").get("validation").get("steps")) {
        if (step.get("name").asText().equals("reachable")) {
          reachedFrom.put(result.get("ruleId").asText() + " " + path, step.get("output").asText());
        }
      }
    }
    assertThat(reachedFrom.get("python.sql-injection " + DB))
        .startsWith("HTTP route GET /invoices/<invoice_id>").contains("services.billing.db#find_invoice/1");
    assertThat(reachedFrom.get("js.open-redirect " + ROUTES)).startsWith("HTTP route GET /go");
    assertThat(reachedFrom.get("java.sql-injection " + DAO)).startsWith("HTTP route GET /stock");
    assertThat(reachedFrom).doesNotContainKey("js.command-injection " + SERVER);
  }
}

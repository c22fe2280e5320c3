package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.analysis.deps.Advisory;
import dev.vigil.engine.analysis.deps.AffectedPackage;
import dev.vigil.engine.analysis.deps.AffectedRange;
import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.engine.analysis.deps.RangeEvent;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.ui.AdminSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Advisories imported into the store are used by the next scan, without a restart; a scan without them says so. */
class AdvisoryScanTest {
  @TempDir Path temp;

  @Test
  void importedAdvisoriesFindAVulnerableDependency() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
         ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("package-lock.json", """
          {"name": "shop", "lockfileVersion": 3, "packages": {"": {"name": "shop"},
            "node_modules/left-pad": {"version": "1.1.0"}}}
          """).commit("lock dependencies");
      Advisory advisory = new Advisory("GHSA-aaaa-bbbb-cccc", "2024-01-01T00:00:00Z",
          List.of("CVE-2024-0001"), "Prototype pollution in left-pad", List.of(1321), Severity.HIGH,
          "database", List.of(new AffectedPackage(Ecosystem.NPM, "left-pad",
              List.of(new AffectedRange(List.of(new RangeEvent(RangeEvent.Kind.INTRODUCED, "0"),
                  new RangeEvent(RangeEvent.Kind.FIXED, "1.3.0")))), List.of(), List.of())));
      AdvisoryStore store = new AdvisoryStore(server.server().database().jdbi());
      String token = server.adminToken();
      long repositoryId = server.connect(token, "shop", repo.dir());
      String scan = "{\"repositoryId\": " + repositoryId + ", \"branch\": \"main\", \"window\": {\"commits\": 5}}";
      long without = server.call("POST", "/api/v1/scans", token, scan).json().get("id").asLong();
      server.awaitScan(token, without, Duration.ofSeconds(60));
      long unscanned = server.call("GET", "/api/v1/findings?rule=deps.vulnerable-dependency", token, null).json()
          .get("total").asLong();

      AdvisoryStore.ImportResult imported = store.importAll(List.of(advisory));
      long with = server.call("POST", "/api/v1/scans", token, scan).json().get("id").asLong();
      server.awaitScan(token, with, Duration.ofSeconds(60));
      JsonNode page = server.call("GET", "/api/v1/findings?rule=deps.vulnerable-dependency", token, null).json();

      assertThat(imported).isEqualTo(new AdvisoryStore.ImportResult(1, 0, 0));
      assertThat(store.importAll(List.of(advisory))).isEqualTo(new AdvisoryStore.ImportResult(0, 0, 1));
      assertThat(page.get("total").asLong()).isEqualTo(1);
      assertThat(page.get("items").get(0).get("message").asText()).contains("GHSA-aaaa-bbbb-cccc", "1.3.0");
      assertThat(page.get("items").get(0).get("cwe").asInt()).isEqualTo(1321);
      assertThat(unscanned).isZero();
      String cookie = AdminSession.cookie(server);
      assertThat(server.request("GET", "/scans/" + without, null, Map.of("Cookie", cookie)).body())
          .contains("<h2>Dependency analysis did not run</h2>", "<code>vigil advisories update</code>");
      assertThat(server.request("GET", "/scans/" + with, null, Map.of("Cookie", cookie)).body())
          .contains("Skipped files").doesNotContain("Dependency analysis did not run");
    }
  }
}

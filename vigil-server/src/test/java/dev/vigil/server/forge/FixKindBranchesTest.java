package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.analysis.deps.Advisory;
import dev.vigil.engine.analysis.deps.AffectedPackage;
import dev.vigil.engine.analysis.deps.AffectedRange;
import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.engine.analysis.deps.RangeEvent;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import dev.vigil.server.store.AdvisoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fix kind of the engine's fix-shop project, through the server without an environment:
 * proposed, approved and published, its branch holds exactly the patch (the same files, the same
 * lines added and removed) on top of the scanned commit. The vulnerable dependency is found with
 * the Log4Shell advisory imported before the scan.
 */
class FixKindBranchesTest {
  static final List<String[]> KINDS = List.of(
      new String[] {"java.sql-injection", "src/main/java/fixes/UserLookupServlet.java"},
      new String[] {"java.command-injection", "src/main/java/fixes/PingServlet.java"},
      new String[] {"java.path-injection", "src/main/java/fixes/ReportServlet.java"},
      new String[] {"java.zip-slip", "src/main/java/fixes/ThemeUploadServlet.java"},
      new String[] {"java.open-redirect", "src/main/java/fixes/LoginRedirectServlet.java"},
      new String[] {"java.xss", "src/main/java/fixes/GreetingServlet.java"},
      new String[] {"java.xxe", "src/main/java/fixes/OrderImportServlet.java"},
      new String[] {"java.weak-hash", "src/main/java/fixes/PayloadSignatures.java"},
      new String[] {"java.predictable-random", "src/main/java/fixes/ResetTokens.java"},
      new String[] {"java.cookie-missing-secure", "src/main/java/fixes/SessionCookieServlet.java"},
      new String[] {"java.hardcoded-credential", "src/main/java/fixes/ReportingDatabase.java"},
      new String[] {"ci.script-injection", ".github/workflows/triage.yml"},
      new String[] {"deps.vulnerable-dependency", "pom.xml"});
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static FixShop shop;

  @BeforeAll
  static void scanTheShop() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    new AdvisoryStore(server.server().database().jdbi()).importAll(List.of(new Advisory("GHSA-jfh8-c2jp-5v3q",
        "2021-12-10T00:00:00Z", List.of("CVE-2021-44228"), "Remote code injection in Log4j", List.of(502),
        Severity.CRITICAL, "database", List.of(new AffectedPackage(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core",
            List.of(new AffectedRange(List.of(new RangeEvent(RangeEvent.Kind.INTRODUCED, "2.0"),
                new RangeEvent(RangeEvent.Kind.FIXED, "2.15.0")))), List.of(), List.of())))));
    shop = FixShop.scanned(server, admin, temp.resolve("fix-shop"));
    ValidatedShop.awaitValidated(server, admin, shop.repositoryId(), Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @Test
  void eachKindsBranchHoldsExactlyItsPatch() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String[] kind : KINDS) {
      long finding = shop.finding(kind[0], kind[1]);
      ServerHarness.Response proposed = server.call("POST", "/api/v1/findings/" + finding + "/patch", admin, null);
      assertThat(proposed.status()).as(kind[0] + ": " + proposed.body()).isEqualTo(201);
      JsonNode patch = proposed.json();
      assertThat(patch.at("/validation/verdict").asText()).as(kind[0] + ": " + patch).isEqualTo("validated");
      long id = patch.get("id").asLong();
      assertThat(server.call("POST", "/api/v1/patches/" + id + "/approval", admin, null).status()).isEqualTo(200);
      ServerHarness.Response published = server.call("POST", "/api/v1/findings/" + finding + "/pull-request", admin, null);
      assertThat(published.status()).as(kind[0] + ": " + published.body()).isEqualTo(201);

      String branch = published.json().get("branch").asText();
      Path repository = shop.dir();
      List<String> files = new ArrayList<>();
      patch.get("files").forEach(f -> files.add(f.asText()));
      files.sort(null); // git lists paths in byte order
      String changed = GitCommand.run(repository, "diff", "--name-only", shop.head(), branch);
      String counts = GitCommand.run(repository, "diff", "--numstat", shop.head(), branch);
      if (!GitCommand.run(repository, "rev-parse", branch + "^").equals(shop.head() + "\n")
          || !List.of(changed.strip().split("\n")).equals(files)
          || !counts.equals(numstat(patch.get("diff").asText(), files))) {
        wrong.add(kind[0] + " on " + branch + ": changed " + changed + counts + " but the patch is\n" + patch.get("diff").asText());
      }
    }

    assertThat(wrong).isEmpty();
  }

  /** The {@code git diff --numstat} lines a unified diff of {@code files} (listed in git's order) gives. */
  private static String numstat(String diff, List<String> files) {
    StringBuilder out = new StringBuilder();
    for (String file : files) {
      int start = diff.indexOf("diff --git a/" + file + " ");
      int end = diff.indexOf("\ndiff --git ", start + 1);
      String part = diff.substring(start, end < 0 ? diff.length() : end);
      long added = part.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count();
      long removed = part.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count();
      out.append(added).append('\t').append(removed).append('\t').append(file).append('\n');
    }
    return out.toString();
  }
}

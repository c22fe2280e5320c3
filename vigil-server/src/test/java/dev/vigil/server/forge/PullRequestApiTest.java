package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing an approved patch through the API without a GitHub token: the fix branch in a local
 * repository and in a remote pushed to over {@code git daemon}, each holding exactly the patch; the
 * {@code git format-patch} download; review rules and the audit trail; and the merged fix confirmed
 * by the next incremental scan.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PullRequestApiTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static String developer;
  static ValidatedShop local;
  static ValidatedShop remote;
  static GitDaemon daemon;

  @BeforeAll
  static void scan() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    developer = server.createUser(admin, "dana", "developer");
    local = ValidatedShop.scan(server, admin, temp.resolve("shop"));
    remote = ValidatedShop.scan(server, admin, temp.resolve("work"), dir -> {
      Git.cloneRepository().setURI(dir.toUri().toString()).setBare(true)
          .setDirectory(temp.resolve("remotes/shop.git").toFile()).call().close();
      daemon = GitDaemon.serve(temp.resolve("remotes"));
      return daemon.url("shop.git");
    });
    server.grant(admin, local.repositoryId, "dana");
    server.grant(admin, remote.repositoryId, "dana");
  }

  @AfterAll
  static void stop() throws Exception {
    if (daemon != null) daemon.close();
    if (server != null) server.close();
  }

  /** Proposes a patch for the shop's SQL injection with the admin's token; returns the patch. */
  private static JsonNode proposed(ValidatedShop shop) {
    long finding = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    ServerHarness.Response patch = server.call("POST", "/api/v1/findings/" + finding + "/patch", admin, null);
    assertThat(patch.status()).as(patch.body()).isEqualTo(201);
    return patch.json();
  }

  private static ServerHarness.Response approve(JsonNode patch, String token) {
    return server.call("POST", "/api/v1/patches/" + patch.get("id").asLong() + "/approval", token, null);
  }

  private static ServerHarness.Response open(JsonNode patch, String token) {
    return server.call("POST", "/api/v1/findings/" + patch.get("findingId").asLong() + "/pull-request", token, null);
  }

  /** Asserts {@code repository} has the fix branch: one commit on the scanned head whose diff is the patch. */
  private static void assertBranchIsThePatch(Path repository, JsonNode published, JsonNode patch, String head)
      throws Exception {
    String branch = published.get("branch").asText();
    assertThat(GitCommand.run(repository, "rev-parse", branch)).isEqualTo(published.get("commit").asText() + "\n");
    assertThat(GitCommand.run(repository, "rev-parse", branch + "^")).isEqualTo(head + "\n");
    assertThat(GitCommand.run(repository, "diff", "--histogram", head, branch)
        .replaceAll("(?m)^index .*\n", "").replaceAll("(?m)^(@@ [^@]* @@).*$", "$1"))
        .isEqualTo(patch.get("diff").asText());
  }

  @Test
  @Order(1)
  void anApprovedPatchBecomesOneCommitOnTheFixBranchOfTheLocalRepository() throws Exception {
    JsonNode patch = proposed(local);
    long finding = patch.get("findingId").asLong();
    ServerHarness.Response unapproved = open(patch, developer);
    assertThat(unapproved.status()).isEqualTo(422);
    assertThat(unapproved.json().get("error").asText()).isEqualTo("patch_not_approved");

    assertThat(approve(patch, developer).json().get("approvedBy").asText()).isEqualTo("dana");
    ServerHarness.Response opened = open(patch, developer);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode published = opened.json();
    assertThat(published.get("branch").asText()).isEqualTo("vigil/fix-" + finding + "-sql-injection");
    assertThat(published.get("state").asText()).isEqualTo("pushed");
    assertThat(published.has("url")).as("no pull request without a GitHub token").isFalse();
    assertBranchIsThePatch(temp.resolve("shop"), published, patch, local.headSha);
    String fingerprint = server.call("GET", "/api/v1/findings/" + finding, admin, null).json().get("fingerprint").asText();
    assertThat(GitCommand.run(temp.resolve("shop"), "log", "-1", "--format=%B", published.get("branch").asText()))
        .startsWith("Fix java.sql-injection in " + ValidatedShop.DAO + ":14\n\n")
        .contains("Vigil-Finding: " + finding + "\n", "Vigil-Rule: java.sql-injection (CWE-89, critical)\n",
            "Vigil-Location: " + ValidatedShop.DAO + ":14\n", "Vigil-Fingerprint: " + fingerprint + "\n",
            "Vigil-Patch-Validation: validated\n");
    ServerHarness.Response again = open(patch, developer);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id")).isEqualTo(published.get("id"));
    assertThat(server.call("GET", "/api/v1/findings/" + finding + "/pull-request", developer, null).json()
        .get("commit")).isEqualTo(published.get("commit"));
  }

  @Test
  @Order(2)
  void theBranchIsPushedToTheRemoteOverGitDaemon() throws Exception {
    JsonNode patch = proposed(remote);
    approve(patch, admin);

    ServerHarness.Response opened = open(patch, admin);

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertBranchIsThePatch(temp.resolve("remotes/shop.git"), opened.json(), patch, remote.headSha);
    assertThat(GitCommand.run(temp.resolve("work"), "branch", "--list", "vigil/*")).as("the work copy is untouched")
        .isEmpty();
  }

  @Test
  @Order(3)
  void theFormatPatchDownloadAppliesWithGitAmAsTheBranchCommit() throws Exception {
    JsonNode patch = proposed(local);
    approve(patch, admin);
    JsonNode published = open(patch, admin).json();

    ServerHarness.Response download = server.call("GET", "/api/v1/patches/" + patch.get("id").asLong()
        + "/format-patch", developer, null);

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().get("Content-Type")).startsWith("text/x-patch");
    assertThat(download.headers().get("Content-Disposition")).isEqualTo("attachment; filename=\""
        + "0001-Fix-java.sql-injection-in-src-main-java-com-acme-orders-OrderRep.patch\"");
    assertThat(download.body()).startsWith("From " + published.get("commit").asText() + " ");
    Path clone = temp.resolve("am");
    GitCommand.run(temp, "clone", "-q", temp.resolve("shop").toString(), clone.toString());
    Files.writeString(temp.resolve("fix.patch"), download.body());
    GitCommand.run(clone, "am", "-q", temp.resolve("fix.patch").toString());
    assertThat(GitCommand.run(clone, "rev-parse", "HEAD^{tree}"))
        .isEqualTo(GitCommand.run(temp.resolve("shop"), "rev-parse", published.get("branch").asText() + "^{tree}"));
  }

  @Test
  @Order(4)
  void anEditClearsTheApprovalAndTheAuditLogNamesWhoProposedEditedAndApproved() {
    JsonNode patch = proposed(local);
    approve(patch, developer);

    JsonNode edited = server.call("PUT", "/api/v1/patches/" + patch.get("id").asLong(), admin,
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("diff", patch.get("diff").asText())
            .toString()).json();

    assertThat(edited.get("approvedBy").isNull()).isTrue();
    assertThat(open(patch, developer).json().get("error").asText()).isEqualTo("patch_not_approved");
    List<String> trail = new ArrayList<>();
    for (JsonNode entry : server.call("GET", "/api/v1/audit?limit=20", admin, null).json().get("items")) {
      if (entry.get("detail").asText().matches("patch " + patch.get("id").asLong() + "( .*)?")) {
        trail.add(entry.get("actor").asText() + " " + entry.get("action").asText());
      }
    }
    assertThat(trail).containsExactly("admin finding.patch.edit", "dana finding.patch.approve",
        "admin finding.patch.propose");
  }

  @Test
  @Order(5)
  void aViewerCanNeitherApproveNorOpen() {
    JsonNode patch = proposed(local);
    String viewer = server.createUser(admin, "vic", "viewer");
    server.grant(admin, local.repositoryId, "vic");

    assertThat(approve(patch, viewer).status()).isEqualTo(403);
    assertThat(open(patch, viewer).status()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void theMergedFixIsConfirmedByTheNextIncrementalScan() throws Exception {
    JsonNode patch = proposed(local);
    approve(patch, admin);
    String branch = open(patch, admin).json().get("branch").asText();
    Path shop = temp.resolve("shop");
    GitCommand.run(shop, "merge", "--no-ff", "-q", "-m", "Merge " + branch, branch);
    String merge = GitCommand.run(shop, "rev-parse", "HEAD").strip();

    ServerHarness.Response push = server.push(shop.toString(), "main");
    server.awaitScan(admin, push.json().get("queuedScans").get(0).asLong(), Duration.ofSeconds(90));

    JsonNode finding = server.call("GET", "/api/v1/findings/" + patch.get("findingId").asLong(), admin, null).json();
    assertThat(finding.get("status").asText()).isEqualTo("fixed");
    assertThat(finding.get("fixedIn").get("sha").asText()).isEqualTo(merge);
  }
}

package dev.vigil.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.PullRequestStore.PullRequestRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the patch review and pull request stores promise, on each database: approval of a diff and
 * its clearing by an edit, the review counts of a repository, and published fixes with their state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixStoreContract {
  private static final Instant T = Instant.parse("2026-12-06T01:00:00.123456Z");
  private static final RemediationPatch PATCH = new RemediationPatch("java.sql-injection", "Bind it.", List.of(),
      List.of(new FileEdit("src/App.java", "a + id\n", "a, id\n")));
  private static final PatchValidation VALIDATED = PatchValidation.of(List.of(ValidationStep.passed("applies", "")));
  @TempDir static Path temp;
  Database database;
  PatchStore patches;
  PullRequestStore pullRequests;
  User user;
  List<FindingRecord> findings;

  /** Returns a freshly migrated database. */
  abstract Database open() throws Exception;

  /** Releases what {@link #open} started. */
  void release() throws Exception {}

  @BeforeAll
  void openStores() throws Exception {
    database = open();
    patches = new PatchStore(database.jdbi());
    pullRequests = new PullRequestStore(database.jdbi());
    user = new UserStore(database.jdbi()).create("fixer", "fixer-password", Role.ADMIN);
    findings = seededRepository("fixes");
  }

  /** Connects a repository with findings in src/App.java, src/Web.java and a fixed one in src/Old.java. */
  private List<FindingRecord> seededRepository(String name) {
    long repository = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(temp.resolve("key")))
        .create(name, "/srv/" + name, null, null, "main", user).id();
    FindingStore store = new FindingStore(database.jdbi());
    store.recordBackfill(repository, 1, List.of(seed("src/App.java", null), seed("src/Web.java", null),
        seed("src/Old.java", "cc")));
    return store.list(new FindingQuery(List.of(repository), null, null, null, null, null, null, null, null,
        "path", 1, 10)).items();
  }

  @AfterAll
  void closeStores() throws Exception {
    database.close();
    release();
  }

  private static dev.vigil.engine.git.TrackedFinding seed(String path, String fixedSha) {
    return new FindingFixtures.Seed("java.sql-injection", 89, Severity.HIGH, Confidence.HIGH, path, 3,
        FindingFixtures.sha("ab"), T, fixedSha == null ? null : FindingFixtures.sha(fixedSha)).tracked();
  }

  private long finding(String path) {
    return finding(findings, path);
  }

  private static long finding(List<FindingRecord> findings, String path) {
    return findings.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().id();
  }

  @Test
  void anApprovalHoldsForTheDiffItSawAndAnEditClearsIt() {
    PatchRecord proposed = patches.propose(finding("src/App.java"), FindingFixtures.sha("ab"), PATCH, VALIDATED,
        "admin", T);

    PatchRecord approved = patches.approve(proposed.id(), proposed.updatedAt(), "dana", T.plusSeconds(5)).orElseThrow();
    PatchRecord edited = patches.edit(proposed.id(), PATCH, VALIDATED, "admin", T.plusSeconds(9));

    assertThat(approved.approvedBy()).isEqualTo("dana");
    assertThat(approved.approvedAt()).isEqualTo(T.plusSeconds(5));
    assertThat(edited.approvedBy()).isNull();
    assertThat(edited.approvedAt()).isNull();
    assertThat(patches.approve(proposed.id(), proposed.updatedAt(), "dana", T.plusSeconds(10)))
        .as("approving the diff as it was before the edit").isEmpty();
  }

  @Test
  void reviewCountsTheNewestPatchOfEachFindingStillToFix() {
    List<FindingRecord> reviewed = seededRepository("reviewed");
    long app = finding(reviewed, "src/App.java");
    long web = finding(reviewed, "src/Web.java");
    PatchRecord first = patches.propose(web, FindingFixtures.sha("ab"), PATCH, VALIDATED, "admin", T);
    patches.approve(first.id(), first.updatedAt(), "dana", T);
    patches.propose(web, FindingFixtures.sha("ab"), PATCH, VALIDATED, "admin", T.plusSeconds(1));
    PatchRecord old = patches.propose(finding(reviewed, "src/Old.java"), FindingFixtures.sha("ab"), PATCH, VALIDATED,
        "admin", T);
    patches.approve(old.id(), old.updatedAt(), "dana", T);
    PatchRecord appPatch = patches.propose(app, FindingFixtures.sha("ab"), PATCH, VALIDATED, "admin", T);
    patches.approve(appPatch.id(), appPatch.updatedAt(), "dana", T);

    PatchStore.Review review = patches.review(reviewed.get(0).repositoryId());

    assertThat(review.proposed()).as("App and Web; Old is fixed").isEqualTo(2);
    assertThat(review.approved()).as("App; Web's newest patch is not approved").isEqualTo(1);
    assertThat(review.firstUnapprovedFinding()).isEqualTo(web);
  }

  @Test
  void publishedFixesKeepTheirBranchAndFollowThePullRequestState() {
    long web = finding("src/Web.java");
    PatchRecord patch = patches.propose(web, FindingFixtures.sha("ab"), PATCH, VALIDATED, "admin", T);
    PullRequestRecord pushed = pullRequests.create(new PullRequestStore.Published(web, patch.id(), "vigil/fix-1-sql",
        FindingFixtures.sha("cd"), PullRequestStore.PUSHED, null, null, null, List.of(), null, "dana"), T);
    PullRequestRecord opened = pullRequests.create(new PullRequestStore.Published(web, patch.id(), "vigil/fix-1-sql",
        FindingFixtures.sha("ef"), PullRequestStore.OPEN, "Acme/Shop", 7, "https://github.com/Acme/Shop/pull/7",
        List.of("@lin", "@acme/security"), "reviewers: 422", "dana"), T.plusSeconds(1));

    assertThat(pullRequests.latest(web)).contains(opened);
    assertThat(opened.reviewers()).containsExactly("@lin", "@acme/security");
    assertThat(pullRequests.onGitHub("acme/shop", 7)).contains(opened);
    assertThat(pullRequests.openOnGitHub()).extracting(PullRequestRecord::id).containsExactly(opened.id());
    assertThat(pullRequests.updateState(opened.id(), PullRequestStore.MERGED, FindingFixtures.sha("99"),
        T.plusSeconds(60))).isTrue();
    assertThat(pullRequests.updateState(opened.id(), PullRequestStore.MERGED, FindingFixtures.sha("99"),
        T.plusSeconds(90))).as("the same state again changes nothing").isFalse();
    PullRequestRecord merged = pullRequests.find(opened.id()).orElseThrow();
    assertThat(merged.state()).isEqualTo("merged");
    assertThat(merged.mergeSha()).isEqualTo(FindingFixtures.sha("99"));
    assertThat(merged.updatedAt()).isEqualTo(T.plusSeconds(60));
    assertThat(pullRequests.openOnGitHub()).isEmpty();
    assertThat(pullRequests.find(pushed.id()).orElseThrow().url()).isNull();
  }

  @Test
  void theSandboxRecordCompletesTheDiffItValidatedAndNotOneEditedSince() {
    PatchValidation validating = new PatchValidation(dev.vigil.engine.fix.PatchVerdict.VALIDATING, VALIDATED.steps());
    PatchRecord proposed = patches.propose(finding("src/Web.java"), FindingFixtures.sha("ab"), PATCH, validating,
        "admin", T);
    PatchRecord edited = patches.propose(finding("src/App.java"), FindingFixtures.sha("ab"), PATCH, validating,
        "admin", T);
    patches.edit(edited.id(), PATCH, validating, "admin", T.plusSeconds(3));

    assertThat(patches.validating()).contains(new PatchStore.Pending(proposed.id(), T),
        new PatchStore.Pending(edited.id(), T.plusSeconds(3)));
    assertThat(patches.complete(proposed.id(), proposed.updatedAt(), VALIDATED)).isTrue();
    assertThat(patches.complete(proposed.id(), proposed.updatedAt(), VALIDATED)).as("done already").isFalse();
    assertThat(patches.complete(edited.id(), edited.updatedAt(), VALIDATED)).as("superseded by the edit").isFalse();
    assertThat(patches.find(proposed.id()).orElseThrow().validation()).isEqualTo(VALIDATED);
    assertThat(patches.find(proposed.id()).orElseThrow().updatedAt()).as("the diff did not change").isEqualTo(T);
    assertThat(patches.validating()).extracting(PatchStore.Pending::id).contains(edited.id()).doesNotContain(proposed.id());
  }
}

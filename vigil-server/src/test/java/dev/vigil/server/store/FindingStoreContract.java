package dev.vigil.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.owners.CodeOwners;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.FindingFixtures.Seed;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.User;
import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the stores promise, run against each database: subclasses give a migrated {@link Database}
 * and every test here must pass on H2 and PostgreSQL alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FindingStoreContract {
  private static final Instant T = Instant.parse("2024-05-01T10:15:30.123456Z");
  @TempDir static Path temp;
  Database database;
  FindingStore findings;
  long repository;
  User user;

  /** Returns a freshly migrated database. */
  abstract Database open() throws Exception;

  /** Releases what {@link #open} started. */
  void release() throws Exception {}

  @BeforeAll
  void openStores() throws Exception {
    database = open();
    findings = new FindingStore(database.jdbi());
    user = new UserStore(database.jdbi()).create("store-tester", "store-password", Role.ADMIN);
    RepositoryStore repositories = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(temp.resolve("key")));
    repository = repositories.create("contract", "/srv/contract", "token-123", null, "main", user).id();
    findings.recordBackfill(repository, 1, List.of(
        seed("java.sql-injection", Severity.HIGH, Confidence.HIGH, "src/App.java", "a1", 1).tracked(),
        seed("java.xss", Severity.MEDIUM, Confidence.LOW, "src/Web.java", "b2", 2).tracked(),
        seed("secrets.github-token", Severity.CRITICAL, Confidence.MEDIUM, "deploy/bot.env", "c3", 3).tracked(),
        seed("secrets.generic", Severity.LOW, Confidence.HIGH, "docs/a_b.md", "d4", 4).tracked(),
        seed("secrets.generic", Severity.LOW, Confidence.HIGH, "docs/axb.md", "d4", 4).tracked(),
        new Seed("deps.vulnerable-library", 1104, Severity.INFO, Confidence.HIGH, "pom.xml", 3, null, null, null).tracked()));
  }

  @AfterAll
  void closeStores() throws Exception {
    database.close();
    release();
  }

  private static Seed seed(String rule, Severity severity, Confidence confidence, String path, String sha, int hours) {
    return new Seed(rule, 89, severity, confidence, path, 10, FindingFixtures.sha(sha),
        T.plusSeconds(3600L * hours), null);
  }

  private List<String> paths(String sort, String path) {
    return findings.list(new FindingQuery(List.of(repository), null, null, null, null, path, null, null,
        null, null, null, sort, 1, 50)).items().stream().map(FindingRecord::path).toList();
  }

  @Test
  void suggestedOwnersComeFromCodeOwnersAndFilterByOwnerAndTeam() {
    long owned = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(temp.resolve("key")))
        .create("owned", "/srv/owned", null, null, "main", user).id();
    findings.recordBackfill(owned, 1, List.of(
        seed("secrets.github-token", Severity.CRITICAL, Confidence.HIGH, "config/app.env", "a1", 1).tracked(),
        seed("java.xss", Severity.MEDIUM, Confidence.LOW, "src/Web.java", "b2", 2).tracked(),
        seed("secrets.generic", Severity.LOW, Confidence.HIGH, "vendor/lib.js", "c3", 3).tracked()));
    CodeOwners codeOwners = CodeOwners.parse("CODEOWNERS",
        "* @acme/platform\nconfig/ @acme/security @al_ice\nvendor/\n");

    int changed = findings.suggestOwners(owned, codeOwners::ownersOf);
    int again = findings.suggestOwners(owned, codeOwners::ownersOf);

    assertThat(changed).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ownedPaths(owned, null, "@acme/security")).containsExactly("config/app.env");
    assertThat(ownedPaths(owned, null, "@acme/platform")).containsExactly("src/Web.java");
    assertThat(ownedPaths(owned, "@al_ice", null)).containsExactly("config/app.env");
    assertThat(ownedPaths(owned, "@alxice", null)).as("an underscore is not a wildcard").isEmpty();
    FindingRecord config = findings.list(new FindingQuery(List.of(owned), null, null, null, null, "config/", null,
        null, null, null, 1, 10)).items().get(0);
    assertThat(config.suggestedOwners()).containsExactly("@acme/security", "@al_ice");

    findings.triage(config.id(), "open", "sam", null);

    assertThat(ownedPaths(owned, "@al_ice", null)).as("a person assigned replaces the suggestion").isEmpty();
    assertThat(ownedPaths(owned, "sam", null)).containsExactly("config/app.env");
    assertThat(ownedPaths(owned, null, "@acme/security")).containsExactly("config/app.env");
    assertThat(findings.suggestOwners(owned, path -> List.of())).isEqualTo(2);
    assertThat(ownedPaths(owned, null, "@acme/security")).isEmpty();
  }

  private List<String> ownedPaths(long owned, String owner, String team) {
    return findings.list(new FindingQuery(List.of(owned), null, null, null, null, null, null, null, null, owner,
        team, "path", 1, 50)).items().stream().map(FindingRecord::path).toList();
  }

  @Test
  void migrationsCreateEveryTable() {
    List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
            "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public' "
                + "AND LOWER(table_name) IN "
                + "('users', 'api_tokens', 'repositories', 'repository_grants', 'environments', 'scans', "
                + "'analysis_cache', 'findings', 'triage_events', 'audit_log', 'threat_model_versions', "
                + "'pull_requests', 'scheduled_tasks')")
        .mapTo(String.class).list());

    assertThat(tables).containsExactlyInAnyOrder("users", "api_tokens", "repositories",
        "repository_grants", "environments", "scans", "analysis_cache", "findings", "triage_events",
        "audit_log", "threat_model_versions", "pull_requests", "scheduled_tasks");
  }

  @Test
  void repeatedBackfillUpdatesFindingsInsteadOfDuplicatingThem() {
    long before = findings.count(repository);

    findings.recordBackfill(repository, 2, List.of(
        seed("java.sql-injection", Severity.HIGH, Confidence.HIGH, "src/App.java", "a1", 1).tracked()));

    assertThat(findings.count(repository)).isEqualTo(before);
  }

  @Test
  void pathFilterIsAPrefixWithWildcardsTakenLiterally() {
    assertThat(paths("path", "docs/a_")).containsExactly("docs/a_b.md");
    assertThat(paths("path", "docs/a%")).isEmpty();
    assertThat(paths("path", "src/")).containsExactly("src/App.java", "src/Web.java");
  }

  @Test
  void sortsAgreeOnBothDatabases() {
    assertThat(paths("-severity", null)).containsExactly("deploy/bot.env", "src/App.java", "src/Web.java",
        "docs/a_b.md", "docs/axb.md", "pom.xml");
    assertThat(paths("confidence", null)).containsExactly("src/Web.java", "deploy/bot.env", "pom.xml",
        "docs/axb.md", "docs/a_b.md", "src/App.java");
    assertThat(paths("commit", null)).containsExactly("src/App.java", "src/Web.java", "deploy/bot.env",
        "docs/a_b.md", "docs/axb.md", "pom.xml");
    assertThat(paths("-introduced", null)).containsExactly("pom.xml", "docs/axb.md", "docs/a_b.md",
        "deploy/bot.env", "src/Web.java", "src/App.java");
    assertThat(paths("path", null)).containsExactly("deploy/bot.env", "docs/a_b.md", "docs/axb.md",
        "pom.xml", "src/App.java", "src/Web.java");
  }

  @Test
  void ownerSortPutsUnassignedFindingsLast() {
    long web = findings.list(new FindingQuery(List.of(repository), null, null, null, null, "src/Web.java",
        null, null, null, null, null, null, 1, 1)).items().get(0).id();
    findings.triage(web, "open", "zed", null);

    assertThat(paths("owner", null).get(0)).isEqualTo("src/Web.java");
    assertThat(paths("-owner", null).get(5)).isEqualTo("src/Web.java");
    findings.triage(web, "open", null, null);
  }

  @Test
  void findingKeepsItsCommitsTimesAndEvidenceExactly() {
    FindingRecord listed = findings.list(new FindingQuery(List.of(repository), "critical", null, null,
        null, null, "c3c3", null, null, null, null, null, 1, 5)).items().get(0);
    FindingRecord detail = findings.find(listed.id()).orElseThrow();

    assertThat(detail.introducedIn().sha()).isEqualTo(FindingFixtures.sha("c3"));
    assertThat(detail.introducedIn().date()).isEqualTo(T.plusSeconds(3 * 3600));
    assertThat(detail.evidence()).hasSize(1);
    assertThat(detail.sightings()).hasSize(1);
    assertThat(listed.evidence()).isEmpty();
  }

  @Test
  void triageEventsAndAuditEntriesReadBackInOrder() {
    long id = findings.list(new FindingQuery(List.of(repository), null, null, null, "java.xss", null,
        null, null, null, null, null, null, 1, 1)).items().get(0).id();
    TriageEvents events = new TriageEvents(database.jdbi());
    AuditLog audit = new AuditLog(database.jdbi());
    LocalDate until = LocalDate.of(2031, 1, 31);

    events.record(id, "lin", "defer", "after the release", until, null);
    events.record(id, "lin", "assign", null, null, "sam");
    audit.record("lin", "finding.defer", "finding " + id, "x".repeat(5000));

    assertThat(events.forFinding(id)).extracting(TriageEvents.Event::action).containsExactly("defer", "assign");
    assertThat(events.forFinding(id).get(0).until()).isEqualTo(until);
    AuditLog.Entry newest = audit.newest(1, null).get(0);
    assertThat(newest.action()).isEqualTo("finding.defer");
    assertThat(newest.detail()).hasSize(3991).endsWith("…");
  }

  @Test
  void validationRecordsAreOnePerFindingAndCommitAndTheNewestVerdictFilters() {
    ValidationStore store = new ValidationStore(database.jdbi());
    long id = findings.list(new FindingQuery(List.of(repository), null, null, null, "deps.vulnerable-library",
        null, null, null, null, null, null, null, 1, 1)).items().get(0).id();
    ValidationStep longOutput = ValidationStep.passed("present-at-head", "x".repeat(70_000)).withDuration(3);

    store.record(id, new ValidationRecord(Verdict.LIKELY, "first", List.of(longOutput), T, "c1"));
    store.record(id, new ValidationRecord(Verdict.REPRODUCED, "again at c1", List.of(longOutput),
        T.plusSeconds(60), "c1"));
    ValidationRecord atC1 = store.latest(id).orElseThrow();
    store.record(id, new ValidationRecord(Verdict.NOT_PRESENT, "gone", List.of(), T.plusSeconds(120), "c2"));

    assertThat(store.count(id)).as("one record per commit").isEqualTo(2);
    assertThat(atC1).isEqualTo(new ValidationRecord(Verdict.REPRODUCED, "again at c1", List.of(longOutput),
        T.plusSeconds(60), "c1"));
    assertThat(store.latest(id).orElseThrow().verdict()).isEqualTo(Verdict.NOT_PRESENT);
    FindingRecord finding = findings.find(id).orElseThrow();
    assertThat(finding.verdict()).isEqualTo("not-present");
    assertThat(finding.validated()).isFalse();
    assertThat(verdictFilter("not-present")).containsExactly(id);
    assertThat(verdictFilter(FindingQuery.NO_VERDICT)).hasSize(5).doesNotContain(id);
    assertThat(store.latest(-1)).isEmpty();
  }

  @Test
  void aFindingKeepsOnlyItsNewestValidationRecords() {
    ValidationStore store = new ValidationStore(database.jdbi());
    long pruned = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(temp.resolve("key")))
        .create("pruned", "/srv/pruned", null, null, "main", user).id();
    findings.recordBackfill(pruned, 2, List.of(seed("java.xss", Severity.MEDIUM, Confidence.LOW, "src/Web.java", "e5", 5)
        .tracked()));
    long id = findings.list(new FindingQuery(List.of(pruned), null, null, null, null,
        null, null, null, null, null, null, null, 1, 1)).items().get(0).id();

    for (int commit = 1; commit <= ValidationStore.KEPT + 2; commit++) {
      store.record(id, new ValidationRecord(Verdict.LIKELY, "at c" + commit, List.of(), T.plusSeconds(commit), "c" + commit));
    }

    assertThat(store.count(id)).isEqualTo(ValidationStore.KEPT);
    List<String> kept = database.jdbi().withHandle(h -> h.createQuery("SELECT commit_sha FROM finding_validations "
        + "WHERE finding_id = ? ORDER BY validated_at").bind(0, id).mapTo(String.class).list());
    assertThat(kept).containsExactly("c3", "c4", "c5");
    assertThat(store.latest(id).orElseThrow().reason()).isEqualTo("at c5");
  }

  private List<Long> verdictFilter(String verdict) {
    return findings.list(new FindingQuery(List.of(repository), null, null, null, null, null, null, null,
        verdict, null, null, "verdict", 1, 50)).items().stream().map(FindingRecord::id).toList();
  }

  @Test
  void credentialsAreStoredSealed() {
    List<Map<String, Object>> rows = database.jdbi().withHandle(h ->
        h.createQuery("SELECT credential FROM repositories").mapToMap().list());

    assertThat(rows.toString()).doesNotContain("token-123").contains("v1:");
  }
}

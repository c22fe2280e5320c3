package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.secrets.TokenChecksums;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  /** A fake GitHub token with a valid CRC32 checksum, built at run time; it grants nothing. */
  static final String TOKEN = TokenChecksums.fakeToken("ghp_", new java.util.Random(42));

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VigilCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  static RevCommit commit(Git git, String message, int hour) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who = new PersonIdent("Grace Hopper", "grace@example.org",
        Instant.parse("2024-03-01T00:00:00Z").plusSeconds(3600L * hour),
        TimeZone.getTimeZone("UTC").toZoneId());
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  void write(String path, String content) throws Exception {
    Files.writeString(dir.resolve(path), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonReportCarriesTheHistoryOfARemovedSecret() throws Exception {
    RevCommit added;
    RevCommit removed;
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("app.properties", "name=demo\n");
      commit(git, "start", 1);
      write("app.properties", "name=demo\ngithub.token=" + TOKEN + "\n");
      added = commit(git, "configure the deploy bot", 2);
      write("README.md", "docs\n");
      commit(git, "docs", 3);
      write("README.md", "more docs\n");
      commit(git, "more docs", 4);
      write("app.properties", "name=demo\ngithub.token=${GITHUB_TOKEN}\n");
      removed = commit(git, "read the token from the environment", 5);
    }

    Run run = vigil("scan", dir.toString(), "--format", "json", "--no-progress");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain(TOKEN);
    JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
    assertThat(findings).hasSize(1);
    JsonNode finding = findings.get(0);
    assertThat(finding.get("ruleId").asText()).startsWith("secrets.github");
    assertThat(finding.get("path").asText()).isEqualTo("app.properties");
    assertThat(finding.get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("presentAtHead").asBoolean()).isFalse();
    assertThat(finding.get("introducedIn").get("sha").asText()).isEqualTo(added.name());
    assertThat(finding.get("introducedIn").get("message").asText()).isEqualTo("configure the deploy bot");
    assertThat(finding.get("fixedIn").get("sha").asText()).isEqualTo(removed.name());
    assertThat(finding.get("fingerprint").asText()).isNotBlank();
  }

  @Test
  void failOnExitsOneWhenAFindingIsSevereEnough() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("deploy.sh", "export GH_TOKEN=" + TOKEN + "\n");
      commit(git, "deploy", 1);
    }

    assertThat(vigil("scan", dir.toString(), "--fail-on", "high", "--no-progress").status())
        .isEqualTo(1);
    assertThat(vigil("scan", dir.toString(), "--no-progress").status()).isZero();
  }

  @Test
  void failOnIsQuietWithoutFindings() throws Exception {
    write("notes.txt", "nothing to see\n");

    assertThat(vigil("scan", "--tree", dir.toString(), "--fail-on", "info").status()).isZero();
  }

  @Test
  void tableIsTheDefaultAndTreeScansAPlainFolder() throws Exception {
    write("settings.env", "GH_TOKEN=" + TOKEN + "\n");

    Run run = vigil("scan", "--tree", dir.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("settings.env:1").doesNotContain(TOKEN);
    assertThat(run.out()).endsWith(ScanCommand.NO_ADVISORIES + "\n");
  }

  @Test
  void aMachineReadableReportLeavesTheMissingAdvisoriesNoteToStderr() throws Exception {
    write("settings.env", "GH_TOKEN=" + TOKEN + "\n");

    Run json = vigil("scan", "--tree", dir.toString(), "--format", "json");
    Run chosen = vigil("scan", "--tree", dir.toString(), "--analyzers", "secrets");

    assertThat(json.status()).as(json.err()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).get("findings")).hasSize(1);
    assertThat(json.err()).contains("vigil: Dependency analysis did not run: no advisory database.")
        .contains("--advisories DIR_OR_ZIP");
    assertThat(chosen.out() + chosen.err()).as("analyzers chosen by name: nothing was left out silently")
        .doesNotContain("Dependency analysis did not run");
  }

  @Test
  void advisoriesAddTheDependencyAnalyzerWithUpgradeCommits() throws Exception {
    Path osv = dir.resolve("osv");
    Files.createDirectories(osv);
    Files.writeString(osv.resolve("GHSA-jfh8-c2jp-5v3q.json"), """
        {"schema_version": "1.6.0", "id": "GHSA-jfh8-c2jp-5v3q", "modified": "2024-03-01T00:00:00Z",
         "aliases": ["CVE-2021-44228"], "summary": "Remote code injection in Log4j",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]}]}]}
        """);
    Path repo = dir.resolve("app");
    RevCommit vulnerable;
    RevCommit upgraded;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("pom.xml"), pom("2.14.1"));
      vulnerable = commit(git, "use log4j", 1);
      Files.writeString(repo.resolve("pom.xml"), pom("2.17.1"));
      upgraded = commit(git, "upgrade log4j", 2);
    }

    Run run = vigil("scan", repo.toString(), "--advisories", osv.toString(), "--analyzers", "deps",
        "--format", "json", "--no-progress");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode finding = new ObjectMapper().readTree(run.out()).get("findings").get(0);
    assertThat(finding.get("message").asText()).contains("GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228");
    assertThat(finding.get("introducedIn").get("sha").asText()).isEqualTo(vulnerable.name());
    assertThat(finding.get("fixedIn").get("sha").asText()).isEqualTo(upgraded.name());
    assertBadInput(vigil("scan", repo.toString(), "--analyzers", "deps"),
        "vigil: analyzer 'deps' needs --advisories DIR_OR_ZIP (a folder or zip of OSV advisories)");
  }

  private static String pom(String log4jVersion) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>"
        + "<version>1</version><dependencies><dependency><groupId>org.apache.logging.log4j</groupId>"
        + "<artifactId>log4j-core</artifactId><version>" + log4jVersion + "</version></dependency>"
        + "</dependencies></project>\n";
  }

  @Test
  void sinceAndUntilScanADateRangeForAnIncidentReview() throws Exception {
    RevCommit added;
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("app.properties", "name=demo\n");
      commit(git, "start", 1);
      write("app.properties", "name=demo\ngithub.token=" + TOKEN + "\n");
      added = commit(git, "configure the deploy bot", 2);
      write("app.properties", "name=demo\n");
      commit(git, "remove the token", 30);
    }

    Run incident = vigil("scan", dir.toString(), "--since", "2024-03-01T01:30:00Z", "--until", "2024-03-01",
        "--format", "json", "--no-progress");
    Run before = vigil("scan", dir.toString(), "--until", "2024-03-01T01:00:00Z", "--format", "json", "--no-progress");

    assertThat(incident.status()).as(incident.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(incident.out());
    assertThat(report.get("findings")).hasSize(1);
    assertThat(report.get("findings").get(0).get("introducedIn").get("sha").asText()).isEqualTo(added.name());
    assertThat(report.get("findings").get(0).get("presentAtHead").asBoolean()).isTrue();
    assertThat(new ObjectMapper().readTree(before.out()).get("findings")).isEmpty();
    assertBadInput(vigil("scan", dir.toString(), "--window", "5", "--until", "2024-03-01"),
        "vigil: --until takes a date range: use it with --since, not --window");
    assertBadInput(vigil("scan", dir.toString(), "--until", "soon"),
        "vigil: invalid --until 'soon': expected a date like 2024-01-31 or 2024-01-31T10:00:00Z");
  }

  @Test
  void badInputIsOneLineWithStatusTwo() throws Exception {
    Files.createDirectories(dir.resolve("plain"));
    assertBadInput(vigil("scan", dir.resolve("plain").toString()),
        "vigil: not a Git repository: " + dir.resolve("plain") + " (use --tree to scan a plain folder)");
    assertBadInput(vigil("scan", dir.resolve("missing").toString()),
        "vigil: no such directory: " + dir.resolve("missing"));

    try (Git git = Git.init().setDirectory(dir.resolve("empty").toFile()).setInitialBranch("main").call()) {
      assertBadInput(vigil("scan", dir.resolve("empty").toString()),
          "vigil: repository " + dir.resolve("empty/.git") + " is empty: it has no commits");
    }
    try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("repo/a.txt"), "a\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("one").setSign(false).call();
    }
    String repo = dir.resolve("repo").toString();
    assertBadInput(vigil("scan", repo, "--branch", "nope"),
        "vigil: unknown branch 'nope': the repository has main");
    assertBadInput(vigil("scan", repo, "--window", "0"),
        "vigil: history window must be at least 1 commit, got 0");
    assertBadInput(vigil("scan", repo, "--since", "2999-01-01"),
        "vigil: history window date 2999-01-01T00:00:00Z is in the future");
    assertBadInput(vigil("scan", repo, "--since", "yesterday"),
        "vigil: invalid --since 'yesterday': expected a date like 2024-01-31 or 2024-01-31T10:00:00Z");
    assertBadInput(vigil("scan", repo, "--format", "xml"),
        "vigil: unknown report format 'xml': expected one of json, sarif, table");
    assertBadInput(vigil("scan", repo, "--analyzers", "secrets,nope"),
        "vigil: unknown analyzer 'nope': expected one of "
            + String.join(", ", dev.vigil.engine.analysis.AnalyzerRegistry.builtIn().ids()));
    assertBadInput(vigil("scan", repo, "--fail-on", "severe"),
        "vigil: unknown severity 'severe': expected one of critical, high, medium, low, info");
  }

  @Test
  void validateAddsEachResultsRecordToTheSarifProperties() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("app.properties", "name=demo\ngithub.token=" + TOKEN + "\n");
      commit(git, "configure the deploy bot", 1);
    }

    Run run = vigil("scan", dir.toString(), "--format", "sarif", "--validate", "--no-progress");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain(TOKEN);
    JsonNode validation = new ObjectMapper().readTree(run.out()).at("/runs/0/results/0/properties/validation");
    assertThat(validation.get("verdict").asText()).isEqualTo("reproduced");
    assertThat(validation.get("steps")).extracting(step -> step.get("name").asText())
        .containsExactly("present-at-head", "reachable", "secret-check", "build", "reproduce");
    assertThat(validation.at("/steps/3/output").asText())
        .isEqualTo("Build and reproduction need an environment; the repository has none.");
    assertBadInput(vigil("scan", dir.toString(), "--tree", "--validate"),
        "vigil: --validate needs a Git history, not --tree");
  }

  @Test
  void corruptObjectIsABadInputNotACrash() throws Exception {
    RevCommit head;
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write("a.txt", "a\n");
      commit(git, "one", 1);
      write("a.txt", "b\n");
      head = commit(git, "two", 2);
    }
    String parent = head.getParent(0).name();
    Path object = dir.resolve(".git/objects/" + parent.substring(0, 2) + "/" + parent.substring(2));
    object.toFile().setWritable(true);
    Files.write(object, new byte[] {1, 2, 3, 4});

    Run run = vigil("scan", dir.toString(), "--no-progress");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("vigil: cannot read the history of main at ").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  private static void assertBadInput(Run run, String message) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo(message);
    assertThat(run.out()).isEmpty();
  }
}

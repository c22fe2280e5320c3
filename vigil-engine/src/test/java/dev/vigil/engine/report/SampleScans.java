package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.ScanStats;
import dev.vigil.engine.git.Sighting;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Scan results built by hand, covering what the report writers must get right. */
final class SampleScans {
  static final CommitInfo INTRODUCED = new CommitInfo("1111111111aaaaaaaaaabbbbbbbbbbcccccccccc",
      "Ada <ada@example.com>", Instant.parse("2024-03-01T10:15:30Z"), "Add config\n\nwith keys");
  static final CommitInfo FIXED = new CommitInfo("2222222222dddddddddeeeeeeeeeeffffffffff0",
      "Bob <bob@example.com>", Instant.parse("2024-04-02T08:00:00Z"), "Remove password");
  static final CommitInfo HEAD = new CommitInfo("3333333333999999999988888888887777777777",
      "Cy <cy@example.com>", Instant.parse("2024-05-03T12:00:00Z"), "Release 1.2");

  static final String AWS_KEY = "secrets/aws-access-key";
  static final String PASSWORD = "secrets/generic-password";
  static final String SQL_INJECTION = "java/sql-injection";
  static final String SLACK_TOKEN = "secrets/slack-token";
  static final String XSS = "java/reflected-xss";
  static final String PRIVATE_KEY = "secrets/private-key";

  static final String UNICODE_PATH = "docs/Ünïcödé notes/my config ü.properties";
  static final String SCRIPT_MESSAGE = "Request parameter \"name\" reaches the response unescaped,"
      + " as in <script>alert('x')</script>; encode it with Encode.forHtml before writing it out"
      + " so that a crafted link cannot run script in the victim's browser session";

  static final TrackedFinding PRESENT = new TrackedFinding("fp-aws",
      new Finding(AWS_KEY, 798, Severity.CRITICAL, Confidence.HIGH,
          "AWS access key AKIA************MPLE in clear text",
          Location.line("src/main/resources/application.properties", 3),
          "aws.key=AKIA************MPLE", null, List.of()),
      INTRODUCED, null, true, 7,
      List.of(new Sighting(HEAD.sha(), "src/main/resources/application.properties", 3, "blob1")));

  static final TrackedFinding FIXED_FINDING = new TrackedFinding("fp-password",
      new Finding(PASSWORD, 259, Severity.HIGH, Confidence.MEDIUM,
          "Hard-coded password in db.password", Location.line("config/db.yml", 7),
          "password: ********", null, List.of()),
      INTRODUCED, FIXED, false, 3,
      List.of(new Sighting(INTRODUCED.sha(), "config/db.yml", 7, "blob2")));

  static final TrackedFinding TAINTED = new TrackedFinding("fp-sqli",
      new Finding(SQL_INJECTION, 89, Severity.HIGH, Confidence.MEDIUM,
          "User input reaches a SQL query built by concatenation",
          new Location("src/main/java/app/UserDao.java", 42, 17, 42, 60),
          "stmt.executeQuery(\"select * from users where name = '\" + name + \"'\")", null,
          List.of(
              new EvidenceStep(new Location("src/main/java/app/UserController.java", 18, 25, 18,
                  47), "@RequestParam String name", "name comes from the HTTP request"),
              new EvidenceStep(new Location("src/main/java/app/UserController.java", 20, 9, 20,
                  28), "dao.findByName(name)", "name is passed to UserDao.findByName"),
              new EvidenceStep(new Location("src/main/java/app/UserDao.java", 42, 17, 42, 60),
                  "stmt.executeQuery(sql)", "the query runs with name concatenated into it"))),
      INTRODUCED, null, true, 5, List.of());

  static final TrackedFinding UNICODE = new TrackedFinding("fp-slack",
      new Finding(SLACK_TOKEN, 798, Severity.MEDIUM, Confidence.LOW,
          "Slack token xoxb-****", Location.line(UNICODE_PATH, 1), "token=xoxb-****", null,
          List.of()),
      HEAD, null, true, 1, List.of());

  static final TrackedFinding SCRIPT = new TrackedFinding("fp-xss",
      new Finding(XSS, 79, Severity.LOW, Confidence.MEDIUM, SCRIPT_MESSAGE,
          new Location("src/main/java/app/Greeting.java", 12, 5, 13, 20), "out.print(name)", null,
          List.of()),
      INTRODUCED, null, true, 4, List.of());

  static final List<RuleInfo> RULES = List.of(
      new RuleInfo(AWS_KEY, "AWS access key", "An AWS access key is committed; rotate it.",
          Severity.CRITICAL, Confidence.HIGH, 798,
          List.of("https://cwe.mitre.org/data/definitions/798.html")),
      new RuleInfo(PASSWORD, "Hard-coded password", "A password is committed; move it out.",
          Severity.HIGH, Confidence.MEDIUM, 259, List.of()),
      new RuleInfo(SQL_INJECTION, "SQL injection", "Untrusted data builds a SQL query; bind it.",
          Severity.HIGH, Confidence.MEDIUM, 89, List.of("OWASP A03:2021")),
      new RuleInfo(SLACK_TOKEN, "Slack token", "A Slack token is committed; revoke it.",
          Severity.MEDIUM, Confidence.LOW, 798, List.of()),
      new RuleInfo(PRIVATE_KEY, "Private key", "A private key is committed; replace it.",
          Severity.HIGH, Confidence.HIGH, 321, List.of()));

  static final List<SkippedFile> SKIPPED = List.of(
      new SkippedFile("assets/logo.png", "blob-logo", HEAD.sha(), SkippedFile.Reason.BINARY, ""),
      new SkippedFile("data/dump.sql", "blob-dump", INTRODUCED.sha(),
          SkippedFile.Reason.TOO_LARGE, "12 MB, cap 4 MB"),
      new SkippedFile("src/Broken.java", "blob-broken", HEAD.sha(),
          SkippedFile.Reason.ANALYZER_ERROR, "java: unexpected token at line 3"));

  static final ToolInfo TOOL = new ToolInfo("0.1.0-test", "https://vigil.example.org/",
      List.of(new AnalyzerInfo("secrets", "3"), new AnalyzerInfo("java", "1")));

  private SampleScans() {}

  /** Returns a scan with five findings (one fixed) and three skipped files. */
  static ScanResult full() {
    return new ScanResult(List.of(SCRIPT, FIXED_FINDING, UNICODE, TAINTED, PRESENT), SKIPPED,
        HEAD, 12, new ScanStats(40, 123_456, 80, 20), Duration.ofMillis(1_234));
  }

  /** Returns a scan of four commits that found nothing and skipped nothing. */
  static ScanResult empty() {
    return new ScanResult(List.of(), List.of(), HEAD, 4, new ScanStats(4, 100, 4, 0),
        Duration.ofMillis(5));
  }
}

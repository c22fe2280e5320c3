package dev.vigil.cli.bench.realcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.cli.VigilCommand;
import dev.vigil.cli.bench.realrepo.CaseRepositories;
import dev.vigil.cli.bench.realrepo.MainCode;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real-code benchmark on a small real Git repository built in a temporary folder. */
class RealCodeBenchmarkTest {
  private static final String SERVLET = """
      package shop;

      import java.io.IOException;
      import java.sql.Connection;
      import java.sql.PreparedStatement;
      import java.sql.SQLException;
      import javax.servlet.annotation.WebServlet;
      import javax.servlet.http.HttpServlet;
      import javax.servlet.http.HttpServletRequest;
      import javax.servlet.http.HttpServletResponse;
      import javax.sql.DataSource;

      @WebServlet("/search")
      public class SearchServlet extends HttpServlet {
        private DataSource dataSource;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
          String name = request.getParameter("name");
          try (Connection conn = dataSource.getConnection();
               PreparedStatement ps = conn.prepareStatement(
                   "SELECT * FROM users WHERE email LIKE '%" + name + "%'")) {
            response.getWriter().print(ps.executeQuery().next());
          } catch (SQLException e) {
            throw new IOException(e);
          }
        }
      }
      """;
  private static final String DIGESTS = """
      package shop;

      import java.security.MessageDigest;

      final class Digests {
        static byte[] passwordHash(String password) throws Exception {
          return MessageDigest.getInstance("MD5").digest(password.getBytes());
        }
      }
      """;
  private static final String PROPERTIES = """
      spring.datasource.password=enonayyprd8OIb
      mail.password=Kq8vTz2Lw9xPbn4R
      billing.api_key=d1567358f806bb23edd542db04f0bb54
      search.client_secret=0z5QVNthDThcxgvp1r87CY9i0ocGMW
      """;

  @TempDir Path dir;
  private Path repos;
  private Path cases;
  private RevCommit commit;

  @BeforeEach
  void buildRepository() throws Exception {
    repos = Files.createDirectories(dir.resolve("repos"));
    cases = Files.createDirectories(dir.resolve("cases"));
    Path work = repos.resolve("shop");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      write(work, "src/main/java/shop/SearchServlet.java", SERVLET);
      write(work, "src/main/java/shop/Digests.java", DIGESTS);
      write(work, "src/main/resources/app.properties", PROPERTIES);
      write(work, "src/test/java/shop/SearchServletTest.java", "class SearchServletTest {\n}\n");
      git.add().addFilepattern(".").call();
      commit = git.commit().setMessage("shop").setSign(false).call();
      write(work, "src/main/resources/app.properties", "");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("newer commit, not the one measured").setSign(false).call();
    }
  }

  @Test
  void countsMainCodeAndFindingsAtTheCaseCommitNotTheHead() throws Exception {
    CaseMeasurement measured = measure(caseWith(List.of()), 4);

    long expectedLines = SERVLET.lines().count() + DIGESTS.lines().count();
    assertThat(measured.mainLines()).isEqualTo(expectedLines);
    assertThat(measured.findingsByGroup()).containsOnlyKeys(
        AnalyzerGroup.TAINT, AnalyzerGroup.SECRETS, AnalyzerGroup.CRYPTO_CONFIG);
    assertThat(measured.findingsByGroup().get(AnalyzerGroup.SECRETS)).isEqualTo(4);
  }

  @Test
  void drawsTheSameStratifiedSampleForASeedWhateverTheOrderOfFindings() throws Exception {
    CaseMeasurement measured = measure(caseWith(List.of()), 4);
    List<ScannedFinding> shuffled = new ArrayList<>(measured.findings());
    Collections.shuffle(shuffled, new Random(3));

    List<ScannedFinding> sample = StratifiedSample.draw(measured.findings(), 4, 11);

    assertThat(StratifiedSample.draw(shuffled, 4, 11)).containsExactlyInAnyOrderElementsOf(sample);
    assertThat(sample).extracting(ScannedFinding::group).containsExactlyInAnyOrder(
        AnalyzerGroup.TAINT, AnalyzerGroup.CRYPTO_CONFIG, AnalyzerGroup.SECRETS, AnalyzerGroup.SECRETS);
    List<List<ScannedFinding>> secretsBySeed = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      secretsBySeed.add(StratifiedSample.draw(measured.findings(), 4, seed).stream()
          .filter(f -> f.group() == AnalyzerGroup.SECRETS).sorted(
              java.util.Comparator.comparing(ScannedFinding::fingerprint)).toList());
    }
    assertThat(secretsBySeed.stream().distinct().count()).as("other seeds draw other secrets").isGreaterThan(1);
  }

  @Test
  void sharesTheSampleInProportionWithAtLeastOneForEachGroup() {
    Map<AnalyzerGroup, List<ScannedFinding>> groups = Map.of(
        AnalyzerGroup.TAINT, findings(AnalyzerGroup.TAINT, 90),
        AnalyzerGroup.SECRETS, findings(AnalyzerGroup.SECRETS, 9),
        AnalyzerGroup.OTHER, findings(AnalyzerGroup.OTHER, 1));

    assertThat(StratifiedSample.shares(groups, 20)).isEqualTo(Map.of(
        AnalyzerGroup.TAINT, 17, AnalyzerGroup.SECRETS, 2, AnalyzerGroup.OTHER, 1));
    assertThat(StratifiedSample.shares(groups, 2).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(2);
  }

  @Test
  void computesPrecisionOverRealAndFalseOnly() {
    Tally tally = Tally.EMPTY.plus(Verdict.REAL).plus(Verdict.FALSE).plus(Verdict.FALSE)
        .plus(Verdict.UNSURE);

    assertThat(tally.precision()).hasValue(1.0 / 3);
    assertThat(tally.judged()).isEqualTo(4);
    assertThat(Tally.EMPTY.plus(Verdict.UNSURE).precision()).isEmpty();
  }

  @Test
  void printsPrecisionOfTheJudgedSampleWhatNeedsJudgementAndWhatWasLost() throws Exception {
    List<ScannedFinding> sample = measure(caseWith(List.of()), 4).sample();
    ScannedFinding taint = only(sample, AnalyzerGroup.TAINT);
    ScannedFinding crypto = only(sample, AnalyzerGroup.CRYPTO_CONFIG);
    List<ScannedFinding> secrets = sample.stream().filter(f -> f.group() == AnalyzerGroup.SECRETS).toList();
    Files.writeString(cases.resolve("shop.yaml"), caseWith(List.of(
        judged(taint, Verdict.REAL), judged(crypto, Verdict.FALSE), judged(secrets.get(0), Verdict.UNSURE),
        "  - {fingerprint: 0123456789abcdef0123456789abcdef, ruleId: java.sqli, path: gone.java,"
            + " line: 3, verdict: REAL, reason: a flow that a later version stopped reporting}")));

    Run run = vigil("bench", "realcode", "--cases", cases.toString(), "--repos", repos.toString(),
        "--seed", "11", "--sample", "4");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains(MainCode.DEFINITION)
        .containsPattern("(?m)^  taint +\\d+ +[0-9.]+ +1 +1 +0 +0 +100%$")
        .containsPattern("(?m)^  crypto/config +1 +[0-9.]+ +1 +0 +1 +0 +0%$")
        .containsPattern("(?m)^  secrets +4 +[0-9.]+ +2 +0 +0 +1 +n/a$")
        .containsPattern("(?m)^  all +\\d+ +[0-9.]+ +4 +1 +1 +1 +50%$")
        .contains("needs judgement (1): add them to shop.yaml")
        .contains("  " + secrets.get(1).fingerprint() + " " + secrets.get(1).ruleId() + " "
            + secrets.get(1).location())
        .contains("LOST (1): judged REAL, no longer reported")
        .contains("0123456789abcdef0123456789abcdef java.sqli gone.java:3");
  }

  @Test
  void countsASupersededRealFindingAsLostOnlyWhenItsSuccessorIsNotReportedEither() throws Exception {
    ScannedFinding taint = only(measure(caseWith(List.of()), 4).sample(), AnalyzerGroup.TAINT);
    String reportedSuccessor = "  - {fingerprint: 11111111111111111111111111111111, ruleId: java.sqli,"
        + " path: a.java, line: 1, verdict: REAL, reason: the sink before sources were in identity,"
        + " supersededBy: " + taint.fingerprint() + "}";
    String goneSuccessor = "  - {fingerprint: 22222222222222222222222222222222, ruleId: java.sqli,"
        + " path: b.java, line: 2, verdict: REAL, reason: its successor is gone too,"
        + " supersededBy: 33333333333333333333333333333333}";
    String gone = "  - {fingerprint: 33333333333333333333333333333333, ruleId: java.sqli,"
        + " path: b.java, line: 2, verdict: REAL, reason: no longer reported}";

    CaseMeasurement measured = measure(caseWith(List.of(
        judged(taint, Verdict.REAL), reportedSuccessor, goneSuccessor, gone)), 4);

    assertThat(measured.lost()).extracting(Judgement::fingerprint).containsExactly(
        "22222222222222222222222222222222", "33333333333333333333333333333333");
  }

  @Test
  void flagsAJudgedFindingReportedAtAnotherLineThanJudged() throws Exception {
    ScannedFinding taint = only(measure(caseWith(List.of()), 4).sample(), AnalyzerGroup.TAINT);
    String elsewhere = judged(taint, Verdict.FALSE).replace("line: " + taint.line(), "line: " + (taint.line() + 7));
    Files.writeString(cases.resolve("shop.yaml"), caseWith(List.of(elsewhere)));

    Run run = vigil("bench", "realcode", "--cases", cases.toString(), "--repos", repos.toString(),
        "--seed", "11", "--sample", "4");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("MOVED (1): reported elsewhere than judged")
        .contains("  " + taint.fingerprint() + " " + taint.ruleId() + " " + taint.path() + ":"
            + (taint.line() + 7) + " -> " + taint.location() + " (FALSE)");
    assertThat(measure(caseWith(List.of(judged(taint, Verdict.FALSE))), 4).moved()).isEmpty();
  }

  @Test
  void rejectsASuccessorThatIsNotJudgedInTheFile() throws Exception {
    Files.writeString(cases.resolve("shop.yaml"), caseWith(List.of(
        "  - {fingerprint: 11111111111111111111111111111111, ruleId: java.sqli, path: a.java,"
            + " line: 1, verdict: REAL, reason: old, supersededBy: 44444444444444444444444444444444}")));

    assertThatThrownBy(() -> RealCodeCase.load(cases.resolve("shop.yaml")))
        .hasMessageContaining("superseded by 44444444444444444444444444444444, which is not judged");
  }

  @Test
  void failsNamingTheCaseWhenItsCommitOrRepositoryIsMissing() throws Exception {
    Files.writeString(cases.resolve("shop.yaml"), caseWith(List.of())
        .replace(commit.name(), "0".repeat(40)));
    Files.writeString(cases.resolve("zoo.yaml"), caseWith(List.of()).replace("acme/shop", "acme/zoo"));

    Run run = vigil("bench", "realcode", "--cases", cases.toString(), "--repos", repos.toString());

    assertThat(run.status()).isEqualTo(VigilCommand.EXIT_BAD_INPUT);
    assertThat(run.err())
        .contains("vigil: shop: commit " + "0".repeat(40) + " is not in ")
        .contains("vigil: zoo: repository acme/zoo not found; looked for " + repos.resolve("acme+zoo/repo"));
  }

  private CaseMeasurement measure(String caseText, int sampleSize) throws Exception {
    Files.writeString(cases.resolve("shop.yaml"), caseText);
    RealCodeCase realCase = RealCodeCase.load(cases.resolve("shop.yaml"));
    try (Repository repository = new CaseRepositories(repos).open(realCase.name(), realCase.repository())) {
      return new RealCodeScanner(AnalyzerRegistry.builtIn().all())
          .measure(realCase, repository, sampleSize, 11);
    }
  }

  private String caseWith(List<String> judgements) {
    return "repository: acme/shop\ncommit: " + commit.name() + "\nkind: framework service\n"
        + "mainLines: 40\njudgements:" + (judgements.isEmpty() ? " []\n" : "\n" + String.join("\n", judgements) + "\n");
  }

  private static String judged(ScannedFinding finding, Verdict verdict) {
    return "  - fingerprint: " + finding.fingerprint() + "\n    ruleId: " + finding.ruleId()
        + "\n    path: " + finding.path() + "\n    line: " + finding.line() + "\n    verdict: " + verdict
        + "\n    reason: judged in a test";
  }

  private static ScannedFinding only(List<ScannedFinding> sample, AnalyzerGroup group) {
    List<ScannedFinding> found = sample.stream().filter(f -> f.group() == group).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<ScannedFinding> findings(AnalyzerGroup group, int count) {
    List<ScannedFinding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      findings.add(new ScannedFinding(group + "-" + i, "rule", group, "a.java", i, "message"));
    }
    return findings;
  }

  private static void write(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  record Run(int status, String out, String err) {}

  private static Run vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VigilCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }
}

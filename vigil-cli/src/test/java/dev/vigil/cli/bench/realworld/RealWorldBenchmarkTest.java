package dev.vigil.cli.bench.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.cli.VigilCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real-world recall benchmark on a small Git history built in a temporary folder: an SQL
 * injection, a commit that touches its file without fixing it, and the commit that fixes it.
 */
class RealWorldBenchmarkTest {
  private static final String SERVLET_PATH = "src/main/java/shop/SearchServlet.java";
  private static final String VULNERABLE_QUERY = "\"SELECT * FROM users WHERE email LIKE '%\" + name + \"%'\"";
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
               PreparedStatement ps = conn.prepareStatement(QUERY)) {
            BIND
            response.getWriter().print(ps.executeQuery().next());
          } catch (SQLException e) {
            throw new IOException(e);
          }
        }
      }
      """;

  @TempDir Path dir;
  private Path repos;
  private Path cases;
  private RevCommit touch;
  private RevCommit fix;

  @BeforeEach
  void buildHistory() throws Exception {
    repos = Files.createDirectories(dir.resolve("repos"));
    cases = Files.createDirectories(dir.resolve("cases"));
    Path work = repos.resolve("shop");
    try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
      write(work, SERVLET_PATH, servlet(VULNERABLE_QUERY, ""));
      write(work, "README.md", "shop\n");
      commit(git, "shop");
      write(work, SERVLET_PATH, "// searches users by e-mail\n" + servlet(VULNERABLE_QUERY, ""));
      touch = commit(git, "document the search servlet, still vulnerable");
      write(work, SERVLET_PATH, servlet("\"SELECT * FROM users WHERE email LIKE ?\"",
          "ps.setString(1, \"%\" + name + \"%\");"));
      fix = commit(git, "bind the search term as a parameter");
      write(work, "README.md", "shop, newer\n");
      commit(git, "newer than every fix");
    }
  }

  @Test
  void countsACaseFoundWhenAFindingOfItsCweInAPatchedFileIsFixedInTheFixCommit() throws Exception {
    writeCases(caseEntry("shop-sqli", 89, fix, SERVLET_PATH));

    Run run = vigil();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^FOUND  shop-sqli CWE-89 acme/shop@" + fix.name().substring(0, 12) + " ADV-1 \\(3 commits\\)$")
        .containsPattern("(?m)^ +\\S+ " + SERVLET_PATH + ":\\d+ fixed in " + fix.name().substring(0, 12) + "$")
        .containsPattern("(?m)^  CWE-89 +1 +1 +0 +0 +100%$")
        .containsPattern("(?m)^  acme/shop +[0-9a-f]{12} +\\d+ +\\d+ +[0-9.]+$");
  }

  @Test
  void countsACaseSeenWhenTheFindingIsNotClosedByTheCaseCommit() throws Exception {
    writeCases(caseEntry("shop-sqli", 89, touch, SERVLET_PATH));

    Run run = vigil();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^SEEN   shop-sqli CWE-89 ")
        .containsPattern("(?m)^ +\\S+ " + SERVLET_PATH + ":\\d+ still present at the fix$")
        .containsPattern("(?m)^  CWE-89 +1 +0 +1 +0 +0%$");
  }

  @Test
  void countsACaseMissedWhenTheFixClosesAFindingOfAnotherCweAndSaysWhichOne() throws Exception {
    writeCases(caseEntry("shop-traversal", 22, fix, SERVLET_PATH));

    Run run = vigil();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(?m)^MISSED shop-traversal CWE-22 ")
        .containsPattern("the fix closed \\d+ other finding\\(s\\): .*\\(CWE-89\\) " + SERVLET_PATH + ":\\d+")
        .containsPattern("(?m)^  all +1 +0 +0 +1 +0%$");
  }

  @Test
  void failsNamingACaseWhoseFixDoesNotChangeItsFilesOrWhoseCommitIsMissing() throws Exception {
    writeCases(caseEntry("shop-readme", 89, fix, "README.md") + caseEntry("shop-gone", 89, null, SERVLET_PATH));

    Run run = vigil();

    assertThat(run.status()).isEqualTo(VigilCommand.EXIT_BAD_INPUT);
    assertThat(run.out()).contains("BROKEN CASE: the fix does not change README.md");
    assertThat(run.err()).contains("vigil: shop-readme: the fix does not change [README.md]")
        .contains("vigil: shop-gone: commit " + "0".repeat(40) + " is not in ");
  }

  @Test
  void rejectsACaseListedTwice() throws Exception {
    writeCases(caseEntry("shop-sqli", 89, fix, SERVLET_PATH) + caseEntry("shop-sqli", 89, touch, SERVLET_PATH));

    assertThatThrownBy(() -> RealWorldCase.loadAll(cases))
        .hasMessageContaining("case shop-sqli is listed twice");
  }

  @Test
  void loadsTheDevelopmentSetCoveringEveryCweTheIssueNames() throws Exception {
    List<RealWorldCase> set = RealWorldCase.loadAll(Path.of("../vigil-engine/src/test/resources/realworld"));

    assertThat(set).hasSizeGreaterThanOrEqualTo(40);
    assertThat(set.stream().map(RealWorldCase::cwe).collect(Collectors.toSet()))
        .containsAll(Set.of(22, 78, 79, 89, 90, 502, 611, 918, 601));
    assertThat(set).allSatisfy(c -> assertThat(c.advisory()).isNotBlank())
        .allSatisfy(c -> assertThat(c.flaw()).isNotBlank())
        .allSatisfy(c -> assertThat(c.kind()).isNotBlank());
  }

  private static String servlet(String query, String bind) {
    return SERVLET.replace("QUERY", query).replace("BIND", bind);
  }

  private void writeCases(String entries) throws Exception {
    Files.writeString(cases.resolve("shop.yaml"),
        "repository: acme/shop\nkind: servlet app\ncases:\n" + entries);
  }

  private static String caseEntry(String id, int cwe, RevCommit commit, String file) {
    return "  - id: " + id + "\n    advisory: ADV-1\n    cwe: " + cwe + "\n    fix: "
        + (commit == null ? "0".repeat(40) : commit.name()) + "\n    files: [" + file + "]\n"
        + "    flaw: a search term concatenated into SQL\n";
  }

  private Run vigil() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VigilCommand.execute(new String[] {"bench", "realworld", "--cases", cases.toString(),
        "--repos", repos.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setSign(false).call();
  }

  private static void write(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  record Run(int status, String out, String err) {}
}

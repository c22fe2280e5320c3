package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree scan of a working tree and a one-commit history pass of its commit report the same
 * findings: files come in folder-walk order in one and in Git tree order in the other.
 */
class TreeAndHistoryAgreeTest {
  @TempDir Path dir;

  @Test
  void treeScanAndOneCommitPassAgreeFindingByFinding() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      // names whose folder-walk and Git tree orders differ (Git sorts "a-b" before "a/b")
      repo.write("src/z/Z.java", """
          package z;
          public class Z { public static String f(String v, int n) { if (n > 0) return y.Y.g(v, n - 1); return v; } }
          """);
      repo.write("src/y/Y.java", """
          package y;
          public class Y { public static String g(String v, int n) { if (n > 0) return z.Z.f(v, n - 1); return "k"; } }
          """);
      repo.write("src/web-x/Web.java", """
          package web;
          import javax.servlet.http.*;
          import java.sql.Connection;
          public class Web extends HttpServlet {
            private Connection connection;
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
              connection.createStatement().execute(y.Y.g(request.getParameter("q"), 3));
            }
          }
          """);
      repo.write("src/web/Other.java", "package web; class Other { String name; }\n");
      repo.commit("one commit");

      ScanResult tree = new TreeScan(List.of(JavaTaintAnalyzer.withBuiltInModels()),
          new InMemoryAnalysisCache(), PassOptions.defaults()).run(dir);
      ScanResult history = new CommitPass(List.of(JavaTaintAnalyzer.withBuiltInModels()),
          new InMemoryAnalysisCache(), PassOptions.defaults()).run(repo.repository(),
          HistoryWindow.lastCommits("main", 1), ScanListener.NONE, () -> false);

      assertThat(described(tree)).isNotEmpty().isEqualTo(described(history));
    }
  }

  private static List<String> described(ScanResult result) {
    return result.findings().stream()
        .map(t -> t.fingerprint() + " " + t.finding().location() + " " + t.finding().message())
        .sorted().toList();
  }
}

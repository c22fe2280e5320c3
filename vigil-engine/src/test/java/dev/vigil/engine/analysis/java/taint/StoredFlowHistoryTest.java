package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stored flows and exception messages across files and commits: a session attribute one file
 * keeps and another reads back, and a message thrown by a called method and caught by its caller,
 * found alike by a session that reuses summaries, one that recomputes them and a fresh analysis.
 */
class StoredFlowHistoryTest {
  private static final String P = "package app;\nimport javax.servlet.http.*;\n";

  /** Versions of each file; null means the file is absent. */
  private static final Map<String, List<String>> VARIANTS = new TreeMap<>(Map.of(
      "src/app/Show.java", Arrays.asList(null,
          show("response.getWriter().print(request.getSession().getAttribute(\"k\"));"),
          show("try { Check.query(request.getParameter(\"q\")); }"
              + " catch (Exception e) { response.getWriter().print(e.getMessage()); }"),
          show("response.getWriter().print(request.getSession().getAttribute(\"other\"));")),
      "src/app/Login.java", Arrays.asList(null,
          P + "public class Login extends HttpServlet { protected void doPost(HttpServletRequest request,"
              + " HttpServletResponse response) { Sessions.keep(request.getSession(),"
              + " request.getParameter(\"u\")); } }"),
      "src/app/Sessions.java", Arrays.asList(null,
          P + "public class Sessions { static void keep(HttpSession s, String v) { s.setAttribute(\"k\", v); } }",
          P + "public class Sessions { static void keep(HttpSession s, String v) { s.setAttribute(\"k\", \"x\"); } }"),
      "src/app/Check.java", Arrays.asList(null,
          P + "public class Check { static void query(String q) {"
              + " if (q.isEmpty()) throw new IllegalArgumentException(\"bad \" + q); } }",
          P + "public class Check { static void query(String q) {"
              + " if (q.isEmpty()) throw new IllegalArgumentException(\"bad query\"); } }")));

  private static String show(String body) {
    return P + """
        public class Show extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            %s
          }
        }
        """.formatted(body);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void reusedSummariesFindWhatRecomputedOnesFind(long seed) {
    SummaryCacheTest.compareHistories(VARIANTS, seed);
  }

  @Test
  void aStoredFlowIsFoundWithLessConfidenceAndGoesWhenTheStoreKeepsAConstant() {
    ProjectSession session = new JavaProjectSession(JavaTaintEngine.builtIn(), Long.MAX_VALUE);
    put(session, "src/app/Show.java", 1);
    put(session, "src/app/Login.java", 1);
    put(session, "src/app/Sessions.java", 1);
    List<Finding> shown = session.analyse().findings().get("src/app/Show.java");
    assertThat(shown).extracting(Finding::ruleId).containsExactly("java.xss");
    assertThat(shown.get(0).confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(shown.get(0).message()).contains("read back later (a stored flow)");
    assertThat(shown.get(0).evidence()).extracting(step -> step.description())
        .anyMatch(d -> d.startsWith("propagation: kept in session attribute 'k'"))
        .anyMatch(d -> d.startsWith("propagation: read back from the session attribute 'k'"));

    // only Sessions changes: Show, which reads what it stores, is analysed again
    put(session, "src/app/Sessions.java", 2);
    assertThat(session.analyse().findings().get("src/app/Show.java")).isEmpty();
  }

  private static void put(ProjectSession session, String path, int variant) {
    byte[] bytes = VARIANTS.get(path).get(variant).getBytes(StandardCharsets.UTF_8);
    session.put(new AnalysisContext(path, Integer.toHexString(Arrays.hashCode(bytes)), bytes));
  }
}

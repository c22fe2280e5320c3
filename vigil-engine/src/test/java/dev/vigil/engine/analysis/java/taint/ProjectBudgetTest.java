package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** In a project analysis, a file that outlasts its own budget is given up on alone. */
class ProjectBudgetTest {
  private static final String QUICK = """
      package app;
      import javax.servlet.http.*;
      public class Quick extends HttpServlet {
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
          Runtime.getRuntime().exec(request.getParameter("cmd"));
        }
      }
      """;

  @Test
  void aSlowFileFailsWithoutTakingTheOthersDown() {
    StringBuilder slow = new StringBuilder("""
        package app;
        import javax.servlet.http.*;
        public class Slow extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            String bar = request.getParameter("p");
        """);
    for (int i = 0; i < 40_000; i++) {
      slow.append("if (bar.length() > ").append(i).append(") { bar = bar + \"x\"; } else { bar = bar.trim(); }\n");
    }
    slow.append("response.getWriter().print(bar);\n  }\n}\n");
    JavaTaintEngine patient = JavaTaintEngine.builtIn().withBudgetMillis(600_000);
    ParsedJavaFile quick = patient.parse("Quick.java", null, QUICK);
    List<ParsedJavaFile> project = List.of(patient.parse("Slow.java", null, slow.toString()), quick);
    // Warmed up, the quick file takes a few milliseconds; the slow one takes over 500 even then (its
    // flow steps print their code only when a finding shows it, so the chain must be long).
    patient.analyse(List.of(quick), Set.of("Quick.java"));

    JavaTaintEngine.EntryAnalysis analysis = JavaTaintEngine.builtIn().withBudgetMillis(100)
        .analyseEntries(project, Set.of("Quick.java", "Slow.java"), Map.of(), null);

    assertThat(analysis.failures()).containsOnlyKeys("Slow.java");
    assertThat(analysis.failures().get("Slow.java")).contains("longer than its budget of 100 ms");
    assertThat(analysis.findings().get("Slow.java")).isEmpty();
    assertThat(analysis.findings().get("Quick.java")).extracting(f -> f.ruleId())
        .containsExactly("java.command-injection");
  }
}

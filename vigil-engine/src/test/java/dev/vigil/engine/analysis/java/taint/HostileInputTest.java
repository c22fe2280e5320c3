package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile files cost at most their budget and end in findings or a clear exception. */
class HostileInputTest {
  private static AnalysisContext file(String text) {
    return new AnalysisContext("app/Hostile.java", "blob", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fileThatDoesNotParseThrowsNamingIt() {
    assertThatThrownBy(() -> TaintFixture.ANALYZER.analyze(file("public class { int")))
        .isInstanceOf(UnanalysableSourceException.class)
        .hasMessageStartingWith("app/Hostile.java: not analysed: does not parse as Java: line 1, column 8: Parse error. Found \"{\"");
  }

  @Test
  void codeOnlyOldJavaAcceptsIsStillAnalysed() {
    assertThat(TaintFixture.rules(TaintFixture.run("String enum = param;\n"
        + "connection.createStatement().execute(enum);"))).containsExactly("java.sql-injection");
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = switch (param.length()) {\n"
        + "  case 0 -> \"none\";\n  default -> { String t = param.trim(); yield t; }\n};\n"
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
  }

  @Test
  void fiftyThousandLineMethodIsAnalysed() {
    StringBuilder body = new StringBuilder();
    body.append("String bar = param;\n");
    for (int i = 0; i < 50_000; i++) {
      body.append(i % 2 == 0 ? "bar = bar + \"x\";\n" : "if (bar.length() > " + i + ") { bar = bar.trim(); }\n");
    }
    body.append("connection.createStatement().execute(bar);\n");
    // A generous budget: this test is about not crashing, and the machine may be busy.
    JavaTaintAnalyzer patient = new JavaTaintAnalyzer(JavaTaintEngine.builtIn().withBudgetMillis(120_000));
    assertThat(TaintFixture.rules(patient.analyze(file(TaintFixture.servlet(body.toString(), "")))))
        .containsExactly("java.sql-injection");
  }

  @Test
  void fiveThousandDeepNestingIsAnalysedOrReportedNotCrashed() {
    String deep = "(".repeat(5_000) + "param" + ")".repeat(5_000);
    String concat = "param" + " + \"a\"".repeat(5_000);
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = " + deep + ";\n"
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = " + concat + ";\n"
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
  }

  @Test
  void deeplyNestedStatementsAndLoopsAreAnalysed() {
    String blocks = "if (param != null) {\n".repeat(5_000) + "bar = param;\n" + "}\n".repeat(5_000);
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = \"\";\n" + blocks
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
    String loops = "for (int i = 0; i < 3; i++) {\n".repeat(40) + "bar = bar + param;\n" + "}\n".repeat(40);
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = \"\";\n" + loops
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
  }

  @Test
  void switchWithThousandsOfFallingThroughCasesIsAnalysedInOnePass() {
    StringBuilder cases = new StringBuilder("switch (param.length()) {\n");
    for (int i = 0; i < 5_000; i++) cases.append("case ").append(i).append(": bar = bar + \"x\";\n");
    cases.append("default: bar = bar + param;\n}\n");
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = \"\";\n" + cases
        + "connection.createStatement().execute(bar);"))).containsExactly("java.sql-injection");
  }

  @Test
  void overrunOfTheBudgetIsReportedAsNotAnalysed() {
    JavaTaintAnalyzer hurried = new JavaTaintAnalyzer(JavaTaintEngine.builtIn().withBudgetMillis(1));
    StringBuilder body = new StringBuilder("String bar = param;\n");
    for (int i = 0; i < 20_000; i++) body.append("bar = bar + \"x\";\n");
    assertThatThrownBy(() -> hurried.analyze(file(TaintFixture.servlet(body.toString(), ""))))
        .isInstanceOf(AnalysisBudgetExceededException.class)
        .hasMessageContaining("app/Hostile.java: not analysed:")
        .hasMessageContaining("budget of 1 ms");
  }

  @Test
  void generatedCodeWithManyMethodsIsAnalysed() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      members.append("  String m").append(i).append("(String v) { return m").append(i + 1)
          .append("(v); }\n");
    }
    members.append("  String m2000(String v) { return v; }\n");
    assertThat(TaintFixture.rules(TaintFixture.run("String bar = m0(param);\n"
        + "connection.createStatement().execute(bar);", members.toString())))
        .containsExactly("java.sql-injection");
  }
}

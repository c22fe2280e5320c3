package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each finding explains its flow step by step and keeps its identity when lines move. */
class EvidenceTest {
  private static final String MEMBERS = """
        private String quote(String v) { return "'" + v + "'"; }
      """;
  private static final String BODY = """
        String name = param;
        String q = quote(name);
        connection.createStatement().executeQuery("SELECT * FROM t WHERE n = " + q);
      """;

  @Test
  void stepsRunFromSourceThroughTheCallToTheSink() {
    Finding f = TaintFixture.run(BODY, MEMBERS).get(0);
    List<String> kinds = f.evidence().stream().map(EvidenceStep::description)
        .map(d -> d.substring(0, d.indexOf(':'))).toList();
    assertThat(kinds).containsExactly("source", "propagation", "propagation", "call", "return",
        "propagation", "sink");
    assertThat(f.evidence().get(0).description())
        .isEqualTo("source: request.getParameter(\"p\") (remote) in Handler.doGet(HttpServletRequest, HttpServletResponse)");
    assertThat(f.evidence().get(0).code()).isEqualTo("request.getParameter(\"p\")");
    assertThat(f.evidence().get(f.evidence().size() - 1).location())
        .isEqualTo(f.location());
    assertThat(f.message()).startsWith("SQL injection: untrusted data from request.getParameter(\"p\")"
        + " (remote input) in Handler.doGet(HttpServletRequest, HttpServletResponse) reaches");
    assertThat(f.cwe()).isEqualTo(89);
  }

  @Test
  void bypassedSanitizerIsShownInTheEvidence() {
    String body = "String bar = org.owasp.encoder.Encode.forHtml(param);\n"
        + "connection.createStatement().execute(bar);";
    Finding f = TaintFixture.run(body).get(0);
    assertThat(f.evidence()).anySatisfy(step -> assertThat(step.description())
        .startsWith("sanitizer-bypass: org.owasp.encoder.Encode.forHtml(param) neutralises xss only, not sql-injection"));
  }

  @Test
  void contextKeyIsStableWhenLinesMove() {
    Finding before = TaintFixture.run(BODY, MEMBERS).get(0);
    Finding after = TaintFixture.run("\n\n   int unrelated = 1;\n" + BODY, "\n\n" + MEMBERS).get(0);
    assertThat(after.location().line()).isNotEqualTo(before.location().line());
    assertThat(after.contextKey()).isEqualTo(before.contextKey());
    assertThat(before.contextKey()).isEqualTo("java.sql-injection|Handler.doGet(HttpServletRequest,"
        + " HttpServletResponse)|connection.createStatement().executeQuery(\"SELECT * FROM t WHERE n = \" + q)");
  }
}

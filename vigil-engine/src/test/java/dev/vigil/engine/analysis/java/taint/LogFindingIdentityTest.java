package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Log injection is one finding per source: the log is one channel, so a value logged by three
 * helpers is one problem, found at its first log call; a call at a level a default deployment does
 * not write is no sink; other rules keep one finding per sink.
 */
class LogFindingIdentityTest {
  private static final String MEMBERS = """
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("app");
        private void audit(String v) { LOG.info("audit " + v); }
        private void trace(String v) { LOG.debug("trace " + v); }
      """;

  @Test
  void oneSourceLoggedThreeTimesIsOneFindingAtItsFirstLogCallInLineOrder() {
    List<Finding> found = TaintFixture.run("""
          LOG.warn("request for " + param);
          audit(param);
          trace(param);
        """, MEMBERS);
    assertThat(TaintFixture.rules(found)).containsExactly("java.log-injection");
    // the helpers are declared above doGet, so audit's log call comes first in line order
    assertThat(found.get(0).excerpt()).isEqualTo("LOG.info(\"audit \" + v)");
  }

  @Test
  void twoSourcesAreTwoFindings() {
    List<Finding> found = TaintFixture.run("""
          String page = request.getParameter("page");
          LOG.info("page " + page);
          audit(param);
        """, MEMBERS);
    assertThat(TaintFixture.rules(found)).containsExactly("java.log-injection", "java.log-injection");
  }

  @Test
  void identityFollowsTheSourceNotTheLogCall() {
    String before = "audit(param);\nLOG.info(\"x \" + param);\n";
    String after = "LOG.error(\"y \" + param);\n";
    Finding first = TaintFixture.run(before, MEMBERS).get(0);
    Finding second = TaintFixture.run(after, MEMBERS).get(0);
    assertThat(second.contextKey()).isEqualTo(first.contextKey());
  }

  @Test
  void headerAndRequestUriCannotForgeALogLineButTheirDecodedFormsCan() {
    assertThat(TaintFixture.run("LOG.info(request.getHeader(\"User-Agent\") + request.getRequestURI());",
        MEMBERS)).isEmpty();
    assertThat(TaintFixture.rules(TaintFixture.run(
        "LOG.info(java.net.URLDecoder.decode(request.getRequestURI(), \"UTF-8\"));", MEMBERS)))
        .containsExactly("java.log-injection");
  }

  @Test
  void logCallsAtLevelsOffByDefaultAreNoSink() {
    assertThat(TaintFixture.run("trace(param);\nLOG.trace(\"t \" + param);\n", MEMBERS)).isEmpty();
    java.util.function.Function<String, List<Finding>> jul = code -> TaintFixture.run(code, """
          private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("app");
        """);
    assertThat(jul.apply("JUL.log(java.util.logging.Level.FINE, \"p \" + param);")).isEmpty();
    assertThat(jul.apply("JUL.log(java.util.logging.Level.CONFIG, \"p \" + param);")).isEmpty();
    assertThat(TaintFixture.rules(jul.apply("JUL.log(java.util.logging.Level.WARNING, \"p \" + param);")))
        .containsExactly("java.log-injection");
  }

  @Test
  void aLogCallGuardedByAQuietLevelCheckIsNoSink() {
    assertThat(TaintFixture.run("if (LOG.isDebugEnabled()) { LOG.info(\"p \" + param); }", MEMBERS))
        .isEmpty();
    assertThat(TaintFixture.rules(TaintFixture.run(
        "if (LOG.isDebugEnabled()) { LOG.debug(\"d\"); } else { LOG.info(\"p \" + param); }", MEMBERS)))
        .containsExactly("java.log-injection");
    assertThat(TaintFixture.rules(TaintFixture.run("if (LOG.isInfoEnabled()) LOG.info(\"p \" + param);",
        MEMBERS))).containsExactly("java.log-injection");
  }

  @Test
  void aSourceAlsoLoggedAtDebugLevelIsReportedAtItsInfoCall() {
    Finding loud = TaintFixture.run("trace(param);\nLOG.info(\"p \" + param);\n", MEMBERS).get(0);
    assertThat(loud.severity()).isEqualTo(Severity.LOW);
    assertThat(loud.excerpt()).isEqualTo("LOG.info(\"p \" + param)");
  }

  @Test
  void twoSourcesLoggedByOneCallAreOnePlaceToFix() {
    List<Finding> found = TaintFixture.run("""
          String page = request.getParameter("page");
          LOG.info("page " + page + " for " + param);
        """, MEMBERS);
    assertThat(TaintFixture.rules(found)).containsExactly("java.log-injection");
  }
}

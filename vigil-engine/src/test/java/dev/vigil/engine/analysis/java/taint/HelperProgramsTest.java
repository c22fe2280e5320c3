package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Test code and the arguments of helper programs are no product flows. */
class HelperProgramsTest {
  @Test
  void aFlowInTestCodeIsNotReported() {
    String source = TaintFixture.servlet("connection.createStatement().execute(param);", "");
    assertThat(TaintFixture.ANALYZER.analyze(new AnalysisContext(
        "core/src/test/java/app/Handler.java", "blob", source.getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
    assertThat(TaintFixture.rules(TaintFixture.analyse(source))).containsExactly("java.sql-injection");
  }

  @Test
  void mainOfAnExampleOrBuildToolIsNoSourceButAProductCliIsAtLowConfidence() {
    String tool = """
        package org.jsoup.examples;
        public class Fetch {
          public static void main(String[] args) throws Exception {
            Runtime.getRuntime().exec("curl " + args[0]);
          }
        }
        """;
    assertThat(TaintFixture.ANALYZER.analyze(new AnalysisContext("src/main/java/org/jsoup/examples/Fetch.java",
        "blob", tool.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    String product = tool.replace("org.jsoup.examples", "com.acme.fetcher");
    var found = TaintFixture.ANALYZER.analyze(new AnalysisContext("src/main/java/com/acme/fetcher/Fetch.java",
        "blob", product.getBytes(StandardCharsets.UTF_8)));
    assertThat(TaintFixture.rules(found)).containsExactly("java.command-injection");
    assertThat(found.get(0).confidence()).isEqualTo(dev.vigil.engine.analysis.Confidence.LOW);
  }
}

package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.RuleSamples;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Checks stored flows (session attributes written by one handler and read by another) and
 * exception messages carrying input on the markers of their held-out sample.
 */
class StoredFlowSamplesTest {
  @Test
  void heldOutSampleMatchesItsMarkers() throws IOException {
    String resource = "storedflows/StoredFlowSamples.java";
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var findings = JavaTaintAnalyzer.withBuiltInModels().analyze(new AnalysisContext(
        "StoredFlowSamples.java", "sample", text.getBytes(StandardCharsets.UTF_8)));
    RuleSamples.parse(resource, text).check(findings).assertPassed();
  }
}

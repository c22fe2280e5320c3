package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.RuleSamples;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the pattern samples under {@code rules/java/taint/patterns/}: whole servlets and
 * controllers mixing many precision features, marked with {@code // ruleid:} and {@code // ok:}.
 */
class TaintPatternSamplesTest {
  static Stream<Path> samples() throws IOException, URISyntaxException {
    Path folder = Path.of(TaintPatternSamplesTest.class.getClassLoader()
        .getResource("rules/java/taint/patterns").toURI());
    return Files.list(folder).filter(p -> p.toString().endsWith(".java")).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleMatchesItsMarkers(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    RuleSamples markers = RuleSamples.parse(sample.getFileName().toString(), text);
    assertThat(markers.expectations()).isNotEmpty();
    var findings = TaintFixture.ANALYZER.analyze(new AnalysisContext(
        sample.getFileName().toString(), "sample", text.getBytes(StandardCharsets.UTF_8)));
    markers.check(findings).assertPassed();
  }
}

package dev.vigil.engine.analysis.java.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.RuleSamples;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java taint analysis over the MyBatis sample trees under {@code mybatis/}, Java files and
 * mapper XML files together through a session as a tree scan does, and checks every {@code //
 * ruleid:} and {@code // ok:} line of their Java files.
 */
class MyBatisSamplesTest {
  @Test
  void heldOutShopMatchesItsMarkers() throws Exception {
    Path root = resource("mybatis/heldout");
    ProjectSession.Update update = scan(root);

    assertMarkersHold(root, update);
    assertThat(update.failures()).as("the malformed mapper is reported, not read")
        .containsKey("src/main/resources/mapper/broken.xml");
  }

  /**
   * Held-out batch for {@code @Before} advice that overwrites the pasted map entry of the
   * annotated method's argument before it runs (written before the rule).
   */
  @Test
  void beforeAdviceClinicMatchesItsMarkers() throws Exception {
    Path root = resource("mybatis/advice");
    assertMarkersHold(root, scan(root));
  }

  /** Checks every {@code // ruleid:} and {@code // ok:} line of the tree's Java files. */
  private static void assertMarkersHold(Path root, ProjectSession.Update update) throws IOException {
    List<Finding> all = new ArrayList<>();
    update.findings().values().forEach(all::addAll);
    StringBuilder report = new StringBuilder();
    boolean passed = true;
    for (Path file : javaFiles(root)) {
      String path = root.relativize(file).toString();
      RuleSamples samples = RuleSamples.parse(path, Files.readString(file));
      RuleSamples.Outcome outcome = samples.check(all.stream()
          .filter(f -> f.location().path().equals(path)).distinct().toList());
      report.append(outcome.describe()).append('\n');
      passed &= outcome.passed();
    }
    assertThat(passed).as(report.toString()).isTrue();
  }

  /** Puts every file the analyzer reads into a new session and analyses the tree. */
  static ProjectSession.Update scan(Path root) throws IOException {
    JavaTaintAnalyzer analyzer = JavaTaintAnalyzer.withBuiltInModels();
    ProjectSession session = analyzer.openSession(null);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String path = root.relativize(file).toString();
        if (analyzer.reads(path)) {
          session.put(new AnalysisContext(path, "blob-" + path, Files.readAllBytes(file)));
        }
      }
    }
    return session.analyse();
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(MyBatisSamplesTest.class.getClassLoader().getResource(name).toURI());
  }
}

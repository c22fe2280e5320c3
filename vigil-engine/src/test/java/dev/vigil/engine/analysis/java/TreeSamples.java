package dev.vigil.engine.analysis.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.RuleSamples;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sample trees for the Java taint analysis: every file the analyzer reads goes through one
 * session, as a tree scan does, and the {@code // ruleid:} and {@code // ok:} lines of the Java
 * files are checked against what it finds.
 */
public final class TreeSamples {
  private TreeSamples() {}

  /** Returns the test resource folder {@code name}. */
  public static Path resource(String name) throws URISyntaxException {
    return Path.of(TreeSamples.class.getClassLoader().getResource(name).toURI());
  }

  /** Puts every file the analyzer reads into a new session and analyses the tree. */
  public static ProjectSession.Update scan(Path root) throws IOException {
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

  /** Checks every {@code // ruleid:} and {@code // ok:} line of the tree's Java files. */
  public static void assertMarkersHold(Path root, ProjectSession.Update update) throws IOException {
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

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}

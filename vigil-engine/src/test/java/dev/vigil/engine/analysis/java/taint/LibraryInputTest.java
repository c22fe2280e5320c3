package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.RuleSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The held-out batch of capability 3's library part ({@code library-input/}): in a repository
 * that is a library, the content parameters of its public API are untrusted; in an application
 * the same code is not reported. Each tree is analysed as a project, each file checked against
 * its {@code // ruleid:} and {@code // ok:} lines.
 */
class LibraryInputTest {
  private static final List<String> LIBRARY = List.of("SettingsFormat.java", "SnapshotStore.java",
      "SafeFormats.java", "ClosedLoader.java", "InternalCodec.java", "DocumentReader.java",
      "HardenedDocumentReader.java", "RemoteSettings.java");
  private static final List<String> APPLICATION = List.of("SettingsFormat.java", "StatusController.java");

  @Test
  void contentParametersOfALibrarysPublicApiAreUntrusted() throws IOException {
    checkTree("library", LIBRARY, JavaTaintEngine.builtIn());
  }

  @Test
  void aParameterOfThePublicApiStillCarriesItsCallersRemoteInput() throws IOException {
    ProjectSession.Update update = session(read("library", LIBRARY), JavaTaintEngine.builtIn()).analyse();
    assertThat(update.findings().get("src/main/java/sample/RemoteSettings.java"))
        .filteredOn(f -> f.location().line() == 13).singleElement().satisfies(f -> {
          assertThat(f.location().path()).isEqualTo("src/main/java/sample/SettingsFormat.java");
          assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
          assertThat(f.message()).contains("(remote input)");
        });
    assertThat(update.findings().get("src/main/java/sample/SettingsFormat.java"))
        .filteredOn(f -> f.location().line() == 13).singleElement()
        .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void anApplicationsPublicMethodsAreNoEntryPoints() throws IOException {
    checkTree("application", APPLICATION, JavaTaintEngine.builtIn());
  }

  @Test
  void theThreatModelCanTurnLibraryInputOff() throws IOException {
    Map<String, String> files = read("library", LIBRARY);
    var withoutLibraryInput = JavaTaintEngine.builtIn().withThreats(
        java.util.Set.of("remote", "commandargs", "archive"));
    assertThat(findings(files, withoutLibraryInput).values().stream().flatMap(List::stream))
        .isNotEmpty().noneMatch(f -> f.message().contains("library-input"));
    assertThat(JavaTaintEngine.DEFAULT_THREATS).contains("library-input");
  }

  @Test
  void aWebHandlerMakesAnApplicationUnlessItIsAShippedSample() throws IOException {
    String controller = read("application", List.of("StatusController.java")).values().iterator().next();
    String format = read("library", List.of("SettingsFormat.java")).values().iterator().next();
    JavaTaintEngine engine = JavaTaintEngine.builtIn();
    JavaSource library = engine.parse("core/src/main/java/a/SettingsFormat.java", "1", format).source();
    JavaSource sample = engine.parse("samples/web/src/main/java/a/StatusController.java", "2", controller).source();
    JavaSource app = engine.parse("web/src/main/java/a/StatusController.java", "3", controller).source();
    assertThat(LibraryRepository.of(List.of(library, sample))).isTrue();
    assertThat(LibraryRepository.of(List.of(library, app))).isFalse();
    assertThat(LibraryRepository.of(List.of())).isFalse();
  }

  private static void checkTree(String tree, List<String> names, JavaTaintEngine engine) throws IOException {
    Map<String, String> files = read(tree, names);
    Map<String, List<Finding>> found = findings(files, engine);
    List<String> problems = new ArrayList<>();
    files.forEach((path, text) -> {
      RuleSamples.Outcome outcome = RuleSamples.parse(path, text).check(found.getOrDefault(path, List.of()));
      if (!outcome.passed()) problems.add(outcome.describe());
    });
    assertThat(problems).isEmpty();
  }

  /**
   * Returns the findings by the file they are located in, one per rule, file and context key as
   * the history pass tracks them (two files may report the same sink).
   */
  private static Map<String, List<Finding>> findings(Map<String, String> files, JavaTaintEngine engine) {
    Map<String, Finding> tracked = new LinkedHashMap<>();
    session(files, engine).analyse().findings().values().stream().flatMap(List::stream)
        .forEach(f -> tracked.putIfAbsent(f.ruleId() + "|" + f.location().path() + "|" + f.contextKey(), f));
    Map<String, List<Finding>> byLocation = new LinkedHashMap<>();
    tracked.values().forEach(f -> byLocation.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f));
    return byLocation;
  }

  private static ProjectSession session(Map<String, String> files, JavaTaintEngine engine) {
    ProjectSession session = new JavaProjectSession(engine, 10_000_000);
    files.forEach((path, text) -> session.put(new AnalysisContext(path, "blob-" + path,
        text.getBytes(StandardCharsets.UTF_8))));
    return session;
  }

  private static Map<String, String> read(String tree, List<String> names) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : names) {
      String resource = "library-input/" + tree + "/" + name;
      try (InputStream in = LibraryInputTest.class.getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        files.put("src/main/java/sample/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}

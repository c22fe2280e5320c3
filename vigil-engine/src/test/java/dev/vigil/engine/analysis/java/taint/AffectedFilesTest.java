package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A changed file brings in its callers, transitively, and nothing else. */
class AffectedFilesTest {
  private static JavaSource parse(String path, String text) {
    return JavaTaintEngine.builtIn().parse(path, null, text).source();
  }

  @Test
  void callersOfTheChangedFileAreAffectedTransitively() {
    List<JavaSource> sources = List.of(
        parse("Repo.java", "class Repo { void find(String s) { } }"),
        parse("Service.java", "class Service { void search(String s) { new Repo().find(s); } }"),
        parse("Controller.java", "class Controller { void get(String s) { new Service().search(s); } }"),
        parse("Other.java", "class Other { void unrelated() { System.out.println(); } }"));
    assertThat(AffectedFiles.of(sources, Set.of("Repo.java")))
        .containsExactlyInAnyOrder("Repo.java", "Service.java", "Controller.java");
    assertThat(AffectedFiles.of(sources, Set.of("Controller.java"))).containsExactly("Controller.java");
  }
}

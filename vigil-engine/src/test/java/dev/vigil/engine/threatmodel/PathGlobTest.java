package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PathGlobTest {
  @ParameterizedTest
  @CsvSource({
      "src/test/**, src/test/java/A.java, true",
      "src/test/**, src/main/java/A.java, false",
      "**/test/**, test/A.java, true",
      "**/test/**, a/b/test/A.java, true",
      "*.java, A.java, true",
      "*.java, a/A.java, false",
      "**/*.java, a/b/A.java, true",
      "src/A?.java, src/AB.java, true",
      "docs/, docs/a/b.md, true",
      "pom.xml, pom.xml, true",
      "/pom.xml, pom.xml, true",
      "pom.xml, a/pom.xml, false",
      "a+b/[x].java, a+b/[x].java, true"})
  void matchesPathsLikeTheDocumentSays(String glob, String path, boolean matches) {
    assertThat(PathGlob.matches(glob, path)).isEqualTo(matches);
    assertThat(PathGlob.of(glob).matches(path)).isEqualTo(matches);
  }

  @Test
  void blankGlobIsRejected() {
    assertThatThrownBy(() -> PathGlob.of(" ")).hasMessage("empty path glob");
  }
}

package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {
  private static void assertOrder(VersionScheme scheme, String... ascending) {
    List<String> shuffled = new ArrayList<>(List.of(ascending));
    Collections.reverse(shuffled);
    shuffled.sort(scheme::compare);
    assertThat(shuffled).containsExactly(ascending);
  }

  @Test
  void pep440OrdersDevPreFinalPostAndLocal() {
    assertOrder(new PythonVersions(), "1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0b2", "1.0rc1", "1.0",
        "1.0+local.1", "1.0.post1.dev3", "1.0.post1", "1.1", "1.10", "1!0.5");
  }

  @Test
  void pep440NormalisesSpellings() {
    PythonVersions python = new PythonVersions();
    assertThat(python.compare("1.0", "1.0.0")).isZero();
    assertThat(python.compare("1.0alpha1", "1.0a1")).isZero();
    assertThat(python.compare("1.0-rc.1", "1.0rc1")).isZero();
    assertThat(python.compare("1.0c1", "1.0rc1")).isZero();
    assertThat(python.compare("1.0-1", "1.0.post1")).isZero();
    assertThat(python.compare("v2.0", "2.0")).isZero();
    assertThat(python.compare("5.3.1", "5.4")).isNegative();
  }

  @Test
  void pep440RejectsWhatIsNotAVersion() {
    assertThatThrownBy(() -> Pep440Version.parse("latest"))
        .hasMessage("'latest' is not a PEP 440 version");
  }

  @Test
  void mavenUsesComparableVersion() {
    assertOrder(new MavenVersions(), "2.0-alpha1", "2.0-beta9", "2.0-rc1", "2.0", "2.0.1", "2.3.1",
        "2.9.10", "2.9.10.8", "2.10.0", "2.15.0");
  }

  @Test
  void semverOrdersPreReleasesFirstAndAcceptsGoPrefixes() {
    SemanticVersions semver = new SemanticVersions();
    assertOrder(semver, "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0", "1.0.1", "1.10.0");
    assertThat(semver.compare("v0.15.0", "0.17.0")).isNegative();
    assertThat(semver.compare("v0.0.0-20210101000000-abcdefabcdef", "0.1.0")).isNegative();
    assertThat(semver.compare("v2.0.0+incompatible", "2.0.0")).isZero();
    assertThat(semver.valid("not-a-version")).isFalse();
  }
}

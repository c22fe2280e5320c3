package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyAnalyzerTest {
  private final DependencyAnalyzer analyzer = new DependencyAnalyzer(Fixtures.database());

  private List<Finding> analyze(String path, String text) {
    return analyzer.analyze(new AnalysisContext(path, "blob", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void reportsAVulnerableMavenDependencyWithEverythingTheAdvisorySays() {
    List<Finding> findings = analyze("app/pom.xml", Fixtures.text("manifests/maven/pom.xml"));
    assertThat(findings).extracting(f -> f.contextKey()).containsExactly(
        "GHSA-8888-9999-aaaa|Maven:com.fasterxml.jackson.core:jackson-databind",
        "GHSA-jfh8-c2jp-5v3q|Maven:org.apache.logging.log4j:log4j-core",
        "GHSA-2222-3333-4444|Maven:com.example:widget");
    Finding log4j = findings.get(1);
    assertThat(log4j.ruleId()).isEqualTo("deps.vulnerable-dependency");
    assertThat(log4j.cwe()).isEqualTo(502);
    assertThat(log4j.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(log4j.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(log4j.location().path()).isEqualTo("app/pom.xml");
    assertThat(log4j.location().line()).isEqualTo(37);
    assertThat(log4j.excerpt()).isEqualTo("<version>${log4j.version}</version>");
    assertThat(log4j.message()).isEqualTo("org.apache.logging.log4j:log4j-core 2.14.1 is affected by "
        + "GHSA-jfh8-c2jp-5v3q (CVE-2021-44228): Remote code injection in Log4j. Affected versions: "
        + ">= 2.13.0, < 2.15.0; >= 2.0-beta9, < 2.3.1; >= 2.4, < 2.12.2. Fixed in: 2.3.1, 2.12.2, "
        + "2.15.0. Smallest fixing upgrade: 2.15.0. Severity: CVSS 10.0 "
        + "(CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H).");
    assertThat(log4j.evidence()).extracting(step -> step.description()).containsExactly(
        "declares org.apache.logging.log4j:log4j-core at 2.14.1",
        "GHSA-jfh8-c2jp-5v3q affects >= 2.13.0, < 2.15.0; >= 2.0-beta9, < 2.3.1; >= 2.4, < 2.12.2;"
            + " upgrade to 2.15.0");
    Finding widget = findings.get(2);
    assertThat(widget.cwe()).isEqualTo(22);
    assertThat(widget.message()).contains("No fixed version is known.")
        .doesNotContain("Smallest fixing upgrade");
  }

  @Test
  void keepsOneIdentityAcrossAVulnerableBumpAndNoneAfterTheFix() {
    String lock = "org.apache.logging.log4j:log4j-core:%s=runtimeClasspath\n";
    Finding before = analyze("gradle.lockfile", lock.formatted("2.13.0")).get(0);
    Finding bumped = analyze("gradle.lockfile", "# moved\n" + lock.formatted("2.14.1")).get(0);
    assertThat(bumped.contextKey()).isEqualTo(before.contextKey());
    assertThat(bumped.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(analyze("gradle.lockfile", lock.formatted("2.15.0"))).isEmpty();
  }

  @Test
  void readsEveryEcosystem() {
    assertThat(analyze("package-lock.json", Fixtures.text("manifests/npm-v3/package-lock.json")))
        .extracting(f -> f.location().line()).containsExactly(12, 16);
    assertThat(analyze("yarn.lock", Fixtures.text("manifests/yarn-berry/yarn.lock"))).hasSize(1);
    assertThat(analyze("requirements-dev.txt", Fixtures.text("manifests/pip/requirements-dev.txt")))
        .extracting(f -> f.location().line()).containsExactly(2, 10);
    assertThat(analyze("poetry.lock", Fixtures.text("manifests/poetry/poetry.lock")))
        .extracting(f -> f.location().line()).containsExactly(15);
    assertThat(analyze("go.mod", Fixtures.text("manifests/go/go.mod"))).singleElement()
        .satisfies(f -> {
          assertThat(f.excerpt()).isEqualTo("golang.org/x/net v0.15.0 // indirect");
          assertThat(f.message()).endsWith("Smallest fixing upgrade: 0.17.0. Affected functions: "
              + "golang.org/x/net/http2.Server.ServeConn. Severity: no severity in the advisory.");
        });
    assertThat(analyze("gradle/libs.versions.toml", Fixtures.text("manifests/catalog/libs.versions.toml")))
        .extracting(Finding::contextKey).containsExactly("GHSA-jfh8-c2jp-5v3q|Maven:org.apache.logging.log4j:log4j-core",
            "GHSA-2222-3333-4444|Maven:com.example:widget",
            "GHSA-8888-9999-aaaa|Maven:com.fasterxml.jackson.core:jackson-databind");
  }

  @Test
  void versionFollowsTheDatabase() {
    assertThat(analyzer.id()).isEqualTo("deps");
    assertThat(analyzer.version()).startsWith("4+6-");
    assertThat(analyzer.reads("sub/build.gradle.kts")).isTrue();
    assertThat(analyzer.reads("src/Main.java")).isFalse();
    assertThat(analyzer.rules()).extracting(r -> r.id()).containsExactly("deps.vulnerable-dependency");
  }

  @Test
  void hostileManifestsAreClearErrors() {
    assertThatThrownBy(() -> analyze("pom.xml", "<!DOCTYPE x [<!ENTITY a SYSTEM \"http://x/\">]><x>&a;</x>"))
        .isInstanceOf(ManifestException.class).hasMessageStartingWith("pom.xml declares a DOCTYPE");
    assertThatThrownBy(() -> analyze("package-lock.json", "{\"packages\": " + "[".repeat(5000)))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("package-lock.json is not valid JSON");
  }

  @Test
  void tenMegabyteLockFileIsReadOneEntryAtATime() {
    StringBuilder lock = new StringBuilder("{\"lockfileVersion\": 3, \"packages\": {\n");
    int entries = 0;
    while (lock.length() < 10 * 1024 * 1024) {
      lock.append("\"node_modules/pkg-").append(entries).append("\": {\"version\": \"1.0.")
          .append(entries).append("\", \"resolved\": \"https://registry.example/pkg-").append(entries)
          .append(".tgz\", \"integrity\": \"sha512-").append("x".repeat(80)).append("\"},\n");
      entries++;
    }
    lock.append("\"node_modules/lodash\": {\"version\": \"4.17.15\"}\n}}");
    int lodashLine = entries + 2;
    List<Finding> findings = analyze("package-lock.json", lock.toString());
    assertThat(findings).singleElement()
        .satisfies(f -> assertThat(f.location().line()).isEqualTo(lodashLine));
  }
}

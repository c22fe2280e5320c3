package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.git.TreeScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Labelled Gradle cases of the dependency fix: each build (files), the file and line where the
 * version is really set and what that line becomes. Every patch must also make the finding
 * disappear on a re-scan of the patched tree.
 */
class DependencyVersionFixTest {
  private static final String CORE = "org.apache.logging.log4j:log4j-core";

  /** A labelled case: the tree, the file the patch must change, that line before and after. */
  record Case(String name, Map<String, String> files, String changed, String before, String after) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("groovy string notation", Map.of("build.gradle", "dependencies {\n    implementation '" + CORE
            + ":2.14.1'\n}\n"), "build.gradle", "implementation '" + CORE + ":2.14.1'",
            "implementation '" + CORE + ":2.15.0'"),
        new Case("kotlin variable in the same file", Map.of("build.gradle.kts", "val log4jVersion = \"2.14.1\"\n\n"
            + "dependencies {\n    implementation(\"" + CORE + ":$log4jVersion\")\n}\n"), "build.gradle.kts",
            "val log4jVersion = \"2.14.1\"", "val log4jVersion = \"2.15.0\""),
        new Case("gradle.properties of a subproject's root", Map.of("app/build.gradle", "dependencies {\n"
            + "    implementation \"" + CORE + ":${log4jVersion}\"\n}\n", "gradle.properties",
            "org.gradle.jvmargs=-Xmx1g\nlog4jVersion=2.14.1\n", "settings.gradle", "include 'app'\n"),
            "gradle.properties", "log4jVersion=2.14.1", "log4jVersion=2.15.0"),
        new Case("version catalog reference", Map.of("build.gradle", "dependencies {\n    implementation libs.log4j.core\n}\n",
            "gradle/libs.versions.toml", "[versions]\nlog4j = \"2.14.1\"\n\n[libraries]\nlog4j-core = { module = \""
            + CORE + "\", version.ref = \"log4j\" }\n"), "gradle/libs.versions.toml", "log4j = \"2.14.1\"",
            "log4j = \"2.15.0\""),
        new Case("version catalog string", Map.of("gradle/libs.versions.toml", "[libraries]\nlog4j-core = \"" + CORE
            + ":2.14.1\"\n"), "gradle/libs.versions.toml", "log4j-core = \"" + CORE + ":2.14.1\"",
            "log4j-core = \"" + CORE + ":2.15.0\""));
  }

  @TempDir
  Path tree;

  @ParameterizedTest
  @MethodSource("cases")
  void theVersionChangesWhereItIsSetAndTheFindingDisappears(Case labelled) throws Exception {
    for (Map.Entry<String, String> file : labelled.files().entrySet()) {
      Files.createDirectories(tree.resolve(file.getKey()).getParent());
      Files.writeString(tree.resolve(file.getKey()), file.getValue());
    }
    List<Analyzer> analyzers = List.of(new DependencyAnalyzer(AdvisoryDatabase.load(
        Path.of(getClass().getClassLoader().getResource("osv").toURI()))));
    List<Finding> findings = new TreeScan(analyzers, new InMemoryAnalysisCache(), PassOptions.defaults()).run(tree)
        .findings().stream().map(TrackedFinding::finding).filter(f -> f.message().contains("log4j-core")).toList();
    assertThat(findings).hasSize(1);

    Proposal proposal = Remediation.standard().propose(findings.get(0), SourceFiles.in(tree));
    assertThat(proposal).as(proposal.toString()).isInstanceOf(Proposal.Fixed.class);
    RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
    assertThat(patch.files()).containsExactly(labelled.changed());
    assertThat(patch.edit(labelled.changed()).orElseThrow().after()).contains(labelled.after())
        .doesNotContain(labelled.before());
    assertThat(patch.diff().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))).hasSize(1);
    PatchValidation validation = new PatchValidator(analyzers, new InMemoryAnalysisCache(), java.util.Optional.empty())
        .validate(tree, findings.get(0), patch);
    assertThat(validation.verdict()).as(validation.toString()).isEqualTo(PatchVerdict.VALIDATED);
  }
}

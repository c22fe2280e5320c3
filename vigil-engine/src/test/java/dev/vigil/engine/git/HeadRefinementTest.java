package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.analysis.deps.Advisory;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.AffectedPackage;
import dev.vigil.engine.analysis.deps.AffectedRange;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.engine.analysis.deps.RangeEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vulnerable dependency that the head's code never imports ranks lower, with the reason shown. */
class HeadRefinementTest {
  @TempDir Path dir;

  static final String LOCK = """
      {"name": "shop", "lockfileVersion": 3, "packages": {"": {"name": "shop"},
        "node_modules/left-pad": {"version": "1.1.0"}}}
      """;

  DependencyAnalyzer analyzer() {
    return new DependencyAnalyzer(AdvisoryDatabase.of(List.of(new Advisory("GHSA-aaaa-bbbb-cccc",
        "2024-01-01T00:00:00Z", List.of(), "Prototype pollution", List.of(1321), Severity.HIGH, "db",
        List.of(new AffectedPackage(Ecosystem.NPM, "left-pad", List.of(new AffectedRange(List.of(
            new RangeEvent(RangeEvent.Kind.INTRODUCED, "0"), new RangeEvent(RangeEvent.Kind.FIXED, "1.3.0")))),
            List.of(), List.of()))))));
  }

  TrackedFinding scanOnly(TestRepo repo) {
    ScanResult result = new CommitPass(List.of(analyzer()), new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repo.repository(), HistoryWindow.lastCommits("main", 5), ScanListener.NONE, () -> false);
    assertThat(result.findings()).hasSize(1);
    return result.findings().get(0);
  }

  @Test
  void importedPackageKeepsItsConfidenceAndSaysWhere() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("package-lock.json", LOCK).write("src/index.js", "const pad = require('left-pad');\n")
          .commit("use left-pad");

      TrackedFinding finding = scanOnly(repo);

      assertThat(finding.finding().confidence()).isEqualTo(Confidence.HIGH);
      assertThat(finding.finding().evidence()).extracting(EvidenceStep::description)
          .anyMatch(step -> step.startsWith("reachability: ") && step.contains("src/index.js:1"));
    }
  }

  @Test
  void packageNeverImportedGetsLowConfidence() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("package-lock.json", LOCK).write("src/index.js", "console.log('no padding');\n")
          .commit("lock only");

      TrackedFinding finding = scanOnly(repo);

      assertThat(finding.finding().confidence()).isEqualTo(Confidence.LOW);
      assertThat(finding.finding().evidence()).extracting(EvidenceStep::description)
          .contains("reachability: no source file imports left-pad");
    }
  }
}

package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ci.WorkflowAnalyzer;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit-level facts come from the pass: a vulnerable version is introduced by one commit,
 * survives a bump to another vulnerable version, and is fixed by the commit that upgrades past it.
 */
class DependencyHistoryTest {
  private static final String LOCK = "org.apache.logging.log4j:log4j-core:%s=runtimeClasspath\n";

  @TempDir Path dir;
  private Instant clock = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void introducedByTheFirstVulnerableVersionAndFixedByTheUpgrade() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "app\n", "root");
      RevCommit introduced = commit(git, "gradle.lockfile", LOCK.formatted("2.13.0"), "add log4j");
      commit(git, "gradle.lockfile", "# locked\n" + LOCK.formatted("2.14.1"), "bump log4j");
      commit(git, ".github/workflows/ci.yml", "on: [push\n", "broken workflow");
      RevCommit fixed = commit(git, "gradle.lockfile", "# locked\n" + LOCK.formatted("2.15.0"), "fix");

      ScanResult result = new CommitPass(
          List.of(new DependencyAnalyzer(Fixtures.database()), WorkflowAnalyzer.withBuiltInRules()),
          new InMemoryAnalysisCache(), PassOptions.defaults())
          .run(git.getRepository(), HistoryWindow.lastCommits("main", 10), ScanListener.NONE, () -> false);

      assertThat(result.findings()).singleElement().satisfies((TrackedFinding finding) -> {
        assertThat(finding.finding().ruleId()).isEqualTo("deps.vulnerable-dependency");
        assertThat(finding.introducedIn().sha()).isEqualTo(introduced.name());
        assertThat(finding.fixedIn().sha()).isEqualTo(fixed.name());
        assertThat(finding.presentAtHead()).isFalse();
      });
      assertThat(result.skipped()).singleElement().satisfies((SkippedFile skipped) -> {
        assertThat(skipped.path()).isEqualTo(".github/workflows/ci.yml");
        assertThat(skipped.reason()).isEqualTo(SkippedFile.Reason.ANALYZER_ERROR);
        assertThat(skipped.detail()).startsWith("ci-workflows: "
            + "dev.vigil.engine.analysis.ci.MalformedWorkflowException: not valid YAML at line");
      });
    }
  }

  private RevCommit commit(Git git, String path, String content, String message) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    clock = clock.plusSeconds(3600);
    PersonIdent author = new PersonIdent("Ada", "ada@example.org", clock, ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call();
  }
}

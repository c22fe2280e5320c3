package dev.vigil.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.VigilCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryBenchmarkTest {
  @TempDir Path dir;

  @Test
  void benchmarkOfAnExistingRepositoryPrintsARowPerAnalyzerAndOneForAllOfThem() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("trunk").call()) {
      for (int i = 0; i < 4; i++) {
        Files.writeString(dir.resolve("app.properties"), "name=demo" + i + "\n");
        git.add().addFilepattern(".").call();
        git.commit().setMessage("commit " + i).setSign(false).call();
      }
    }
    StringWriter out = new StringWriter();
    int status = VigilCommand.execute(new String[] {"bench", "history", "--repo", dir.toString(),
        "--commits", "3", "--analyzers", "secrets,ci-workflows"}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));

    assertThat(status).isZero();
    assertThat(out.toString().lines().map(line -> line.split(" +")[0]))
        .containsSubsequence("analyzers", "secrets", "ci-workflows", "all");
    assertThat(out.toString()).contains("branch trunk").contains(", 3 first-parent commits");
  }
}

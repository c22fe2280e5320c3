package dev.vigil.cli.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One timed run of {@code git log -p --first-parent} over a window: what reading the history costs
 * a user, the yardstick of the history benchmarks. Its output is read and counted (not sent to
 * /dev/null, which a tool could detect and short-cut).
 */
record GitLogTiming(double seconds, long patchBytes) {
  /** Runs {@code git log -p --first-parent -n commits revision} in {@code gitDir} and times it. */
  static GitLogTiming of(Path gitDir, String revision, int commits)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process git = new ProcessBuilder("git", "--git-dir", gitDir.toString(), "log", "-p",
        "--first-parent", "-n", String.valueOf(commits), revision)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    byte[] buffer = new byte[1 << 16];
    long bytes = 0;
    try (var stdout = git.getInputStream()) {
      for (int n; (n = stdout.read(buffer)) >= 0; ) bytes += n;
    }
    if (git.waitFor() != 0) throw new IOException("git log -p failed with status " + git.exitValue());
    return new GitLogTiming((System.nanoTime() - start) / 1e9, bytes);
  }
}

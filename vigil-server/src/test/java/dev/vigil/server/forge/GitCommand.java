package dev.vigil.server.forge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the git command line in a folder, for checking what JGit wrote the way Git itself reads it. */
final class GitCommand {
  private GitCommand() {}

  /** Runs {@code git args...} in {@code dir} and returns its output; fails the test on a non-zero exit. */
  static String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Tester", "-c", "user.email=t@example.org",
        "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("git " + String.join(" ", args) + " did not finish");
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " exited " + process.exitValue() + ": " + output);
    }
    return output;
  }
}

package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway checkout of one commit ({@code git worktree add --detach}), the only host folder a
 * sandboxed command may write to. Closing removes the folder and the repository's record of it.
 * Git runs here on the host, but only to check files out: hooks and filters of the scanned
 * repository are switched off.
 */
public final class WorkTree implements AutoCloseable {
  private static final long GIT_TIMEOUT_SECONDS = 300;
  private final Path gitDir;
  private final Path path;
  private final String commit;

  private WorkTree(Path gitDir, Path path, String commit) {
    this.gitDir = gitDir;
    this.path = path;
    this.commit = commit;
  }

  /** Checks out {@code commit} of the repository at {@code gitDir} into a new folder under {@code root}. */
  public static WorkTree checkout(Path gitDir, String commit, Path root) {
    if (!commit.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
      throw new SandboxException("not a full commit id: '" + commit + "'");
    }
    Path dir = gitDir.toAbsolutePath().normalize();
    Path folder;
    try {
      Files.createDirectories(root);
      folder = Files.createTempDirectory(root.toAbsolutePath(), "tree-");
    } catch (IOException e) {
      throw new SandboxException("cannot create a work tree under " + root + ": " + e.getMessage(), e);
    }
    WorkTree tree = new WorkTree(dir, folder, commit);
    try {
      tree.git("worktree", "add", "--detach", "--force", folder.toString(), commit);
    } catch (SandboxException e) {
      tree.close();
      throw e;
    }
    return tree;
  }

  /** Returns the checked-out folder. */
  public Path path() {
    return path;
  }

  /** Returns the repository's Git folder, which the work tree's {@code .git} file points into. */
  public Path gitDir() {
    return gitDir;
  }

  /** Returns the commit checked out. */
  public String commit() {
    return commit;
  }

  /** Removes the folder and prunes the repository's record of it. */
  @Override
  public void close() {
    delete(path);
    try {
      git("worktree", "prune");
    } catch (SandboxException e) {
      // A stale record is pruned by the next checkout's git, and harms nothing meanwhile.
    }
  }

  private void git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + gitDir,
        "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "filter.lfs.smudge=",
        "-c", "filter.lfs.process=", "-c", "filter.lfs.required=false", "-c", "protocol.file.allow=never"));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SandboxException("git " + args[0] + " took over " + GIT_TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new SandboxException("git " + String.join(" ", args) + " failed: "
            + new String(out, StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      throw new SandboxException("cannot run git (is it installed?): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while checking out " + commit, e);
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left for the operator: the folder is under Vigil's work root and holds nothing secret.
    }
  }
}

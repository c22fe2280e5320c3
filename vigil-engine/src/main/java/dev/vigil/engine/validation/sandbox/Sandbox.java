package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs commands of a scanned repository in bubblewrap under a {@link SandboxPolicy}: each run gets
 * fresh namespaces, a fresh HOME and /tmp, its own cgroup for memory and processes, and a parent
 * that kills it at its wall time or output limit. When any of that cannot be set up, {@link #run}
 * throws {@link SandboxException}: a command is never run outside the sandbox.
 */
public final class Sandbox {
  private static final Pattern EXIT_CODE = Pattern.compile("\"exit-code\"\\s*:\\s*(\\d+)");
  private static final Duration POLL = Duration.ofMillis(25);
  /** Joins the cgroups given before {@code --}, then runs bubblewrap with its status on fd 3. */
  private static final String LAUNCHER = "status=$1; shift\n"
      + "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || { echo \"vigil: cannot join cgroup $1\"; exit 125; }; shift; done\n"
      + "shift; exec \"$@\" 3>\"$status\"";
  private final Path bwrap;
  private final ResourceGroups groups;

  Sandbox(Path bwrap, ResourceGroups groups) {
    this.bwrap = bwrap;
    this.groups = groups;
  }

  /** Returns the sandbox of this machine: {@code bwrap} from the PATH and its cgroups. */
  public static Sandbox system() {
    return withBubblewrap(onPath("bwrap"));
  }

  /** Returns a sandbox using the bubblewrap binary at {@code bwrap} and this machine's cgroups. */
  public static Sandbox withBubblewrap(Path bwrap) {
    return new Sandbox(bwrap, ResourceGroups.detect());
  }

  /** Runs {@code command} under {@code policy} and returns how it ended; throws if it could not start. */
  public SandboxResult run(SandboxPolicy policy, SandboxCommand command) {
    requireBubblewrap();
    SecretMasker masker = new SecretMasker(policy.secrets());
    Limits limits = policy.limits();
    Path status = temporaryFile();
    List<String> args = BwrapArguments.of(policy);
    try (ResourceGroup group = groups.create("vigil-" + UUID.randomUUID(), limits)) {
      List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", LAUNCHER, "vigil-launcher", status.toString()));
      group.procsFiles().forEach(f -> argv.add(f.toString()));
      argv.add("--");
      argv.add(bwrap.toString());
      argv.addAll(args);
      argv.addAll(command.argv());
      ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(BwrapArguments.variables(policy));
      OutputTail tail = new OutputTail(limits.recordedBytes() + masker.longest() + 1024);
      Instant start = Instant.now();
      Process process = start(builder);
      Thread reader = drain(process.getInputStream(), tail);
      LimitHit hit = watch(process, group, tail, limits, start);
      group.killAll();
      // Through the handle: Process.destroyForcibly would also close the output before it is read.
      process.toHandle().destroyForcibly();
      int exit = waitFor(process);
      Duration duration = Duration.between(start, Instant.now());
      join(reader);
      if (hit == null) hit = group.hit().orElse(tail.total() > limits.outputBytes() ? LimitHit.OUTPUT : null);
      // bwrap reports the command's exit code only if it ran; without one and without a kill, it never started.
      Matcher code = EXIT_CODE.matcher(Files.readString(status));
      boolean ran = code.find();
      if (hit == null && !ran) {
        throw new SandboxException("bubblewrap could not start the sandbox: " + firstLine(tail.text()));
      }
      if (ran && hit == null) exit = Integer.parseInt(code.group(1));
      String output = masker.maskedTail(tail.text(), tail.dropped(), limits.recordedBytes());
      if (policy.phase().trusted()) output = withScrubNotes(output, policy, start, limits);
      return new SandboxResult(exit, duration, Optional.ofNullable(hit), output);
    } catch (IOException e) {
      throw new SandboxException("cannot read the sandbox's status: " + e.getMessage(), e);
    } finally {
      deleteQuietly(status);
    }
  }

  /** Starts a tiny command in a sandbox and reports whether this machine can run one. */
  public SandboxCheck check() {
    if (!Files.isExecutable(bwrap)) {
      return new SandboxCheck(false, "bubblewrap not found (" + bwrap + ")",
          "install the package bubblewrap (Debian, Ubuntu: apt-get install bubblewrap)");
    }
    Path tree = null;
    try {
      tree = Files.createTempDirectory("vigil-sandbox-check");
      SandboxResult result = run(SandboxPolicy.of(Phase.VALIDATION, tree)
          .withLimits(Limits.defaults().withWallTime(Duration.ofSeconds(20))), SandboxCommand.of("true"));
      return result.passed()
          ? new SandboxCheck(true, "bubblewrap started a sandbox without network; limits by " + groups.describe(), "")
          : new SandboxCheck(false, "a sandboxed 'true' failed: exit " + result.exitCode() + " " + result.output().strip(),
              "see the output above");
    } catch (SandboxException | IOException | UncheckedIOException e) {
      return new SandboxCheck(false, e.getMessage(), "bubblewrap needs user namespaces (kernel.unprivileged_userns_clone=1"
          + " or root) and Vigil needs a writable cgroup for limits (run as root or with a delegated cgroup)");
    } finally {
      if (tree != null) deleteQuietly(tree);
    }
  }

  private LimitHit watch(Process process, ResourceGroup group, OutputTail tail, Limits limits, Instant start) {
    Instant deadline = start.plus(limits.wallTime());
    try {
      while (!process.waitFor(POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (tail.total() > limits.outputBytes()) return LimitHit.OUTPUT;
        Optional<LimitHit> hit = group.hit();
        if (hit.isPresent()) return hit.get();
        if (Instant.now().isAfter(deadline)) return LimitHit.TIME;
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while a sandboxed command ran", e);
    }
  }

  private static String withScrubNotes(String output, SandboxPolicy policy, Instant start, Limits limits) {
    List<String> notes = CacheScrubber.scrub(policy.cache(), policy.secrets(), start);
    if (notes.isEmpty()) return output;
    String joined = output + (output.endsWith("\n") || output.isEmpty() ? "" : "\n") + "vigil: " + String.join("\nvigil: ", notes) + "\n";
    return new SecretMasker(policy.secrets()).maskedTail(joined, false, limits.recordedBytes());
  }

  private void requireBubblewrap() {
    if (!Files.isExecutable(bwrap)) {
      throw new SandboxException("bubblewrap is not installed (" + bwrap + " not found): install the package"
          + " bubblewrap; Vigil never runs a repository's commands without the sandbox");
    }
  }

  private static Process start(ProcessBuilder builder) {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new SandboxException("cannot start the sandbox: " + e.getMessage(), e);
    }
  }

  private static Thread drain(InputStream in, OutputTail tail) {
    Thread reader = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (in) {
        for (int n; (n = in.read(buffer)) >= 0; ) tail.append(buffer, 0, n);
      } catch (IOException e) {
        // The process was killed: what was read is what there is.
      }
    }, "sandbox-output");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private static int waitFor(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void join(Thread reader) {
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("no message");
    return line.length() > 500 ? line.substring(0, 500) : line;
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("vigil-sandbox-", ".status");
    } catch (IOException e) {
      throw new SandboxException("cannot create a temporary file: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      if (Files.isDirectory(path)) {
        try (var walk = Files.walk(path)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } else {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary file left behind is harmless.
    }
  }

  private static Path onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(":")) {
      if (dir.isEmpty()) continue;
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) return candidate;
    }
    return Path.of("/usr/bin", program);
  }
}

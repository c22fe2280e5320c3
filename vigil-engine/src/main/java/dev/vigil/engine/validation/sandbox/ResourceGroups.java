package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Creates a {@link ResourceGroup} per sandboxed command on whichever cgroup hierarchy the machine
 * has: the unified v2 hierarchy with the memory and pids controllers, or the v1 memory and pids
 * hierarchies. Limits are never skipped: without a writable hierarchy, {@link #create} fails.
 */
abstract class ResourceGroups {
  private static final Path MOUNT = Path.of("/sys/fs/cgroup");

  /** Returns a one-line description, e.g. {@code "cgroup v1 (memory, pids)"}. */
  abstract String describe();

  /** Creates the group {@code name} with the memory and process limits; fails with a clear reason. */
  abstract ResourceGroup create(String name, Limits limits);

  /** Returns the groups of this machine, or one whose {@code create} explains why there are none. */
  static ResourceGroups detect() {
    Path unified = MOUNT.resolve("cgroup.controllers");
    if (Files.isRegularFile(unified) && controllers(unified).containsAll(List.of("memory", "pids"))) {
      return new CgroupV2(MOUNT);
    }
    if (Files.isDirectory(MOUNT.resolve("memory")) && Files.isDirectory(MOUNT.resolve("pids"))) {
      return new CgroupV1(MOUNT);
    }
    return new Unavailable("no cgroup hierarchy with the memory and pids controllers under " + MOUNT);
  }

  static List<String> controllers(Path file) {
    try {
      return List.of(Files.readString(file).trim().split("\\s+"));
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Returns the path of this process's group in a hierarchy, from {@code /proc/self/cgroup}. */
  static Optional<String> ownPath(String controller) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
        String[] parts = line.split(":", 3);
        if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) return Optional.of(parts[2]);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static void write(Path file, String value) {
    try {
      Files.writeString(file, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SandboxException cannot(String what, Path where, Exception cause) {
    String reason = cause.getCause() != null ? cause.getCause().toString() : cause.toString();
    return new SandboxException("cannot set the sandbox's " + what + " limits: " + where + ": " + reason
        + " (run Vigil as root, or give it a delegated cgroup)", cause);
  }

  /** No usable hierarchy: every create fails with the reason. */
  static final class Unavailable extends ResourceGroups {
    private final String reason;

    Unavailable(String reason) {
      this.reason = reason;
    }

    @Override
    String describe() {
      return "no cgroups: " + reason;
    }

    @Override
    ResourceGroup create(String name, Limits limits) {
      throw new SandboxException("cannot enforce the sandbox's memory and process limits: " + reason);
    }
  }
}

package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Limits on the v1 hierarchies: a group named per command under this process's own group in the
 * memory and the pids hierarchy (so outer limits still apply). The out-of-memory killer's count
 * in {@code memory.oom_control} and the failed forks in {@code pids.events} say which limit hit.
 */
final class CgroupV1 extends ResourceGroups {
  private final Path mount;

  CgroupV1(Path mount) {
    this.mount = mount;
  }

  @Override
  String describe() {
    return "cgroup v1 (memory, pids)";
  }

  @Override
  ResourceGroup create(String name, Limits limits) {
    Path memory = folder("memory", name);
    Path pids = folder("pids", name);
    try {
      Files.createDirectories(memory);
      ResourceGroups.write(memory.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
      swapLimit(memory, limits.memoryBytes());
    } catch (IOException | UncheckedIOException e) {
      ResourceGroup.remove(memory);
      throw ResourceGroups.cannot("memory", memory, e);
    }
    try {
      Files.createDirectories(pids);
      ResourceGroups.write(pids.resolve("pids.max"), Integer.toString(limits.processes()));
    } catch (IOException | UncheckedIOException e) {
      ResourceGroup.remove(memory);
      ResourceGroup.remove(pids);
      throw ResourceGroups.cannot("process", pids, e);
    }
    return new Group(memory, pids);
  }

  private Path folder(String controller, String name) {
    String own = ResourceGroups.ownPath(controller).orElse("/");
    return mount.resolve(controller).resolve(own.substring(1)).resolve(name);
  }

  /** Sets memory plus swap to the same limit where swap is accounted, so a hog cannot swap instead. */
  private static void swapLimit(Path memory, long bytes) {
    Path memsw = memory.resolve("memory.memsw.limit_in_bytes");
    if (!Files.exists(memsw)) return;
    try {
      Files.writeString(memsw, Long.toString(bytes));
    } catch (IOException e) {
      // Swap accounting is off: there is no swap to limit.
    }
  }

  private record Group(Path memory, Path pids) implements ResourceGroup {
    @Override
    public List<Path> procsFiles() {
      return List.of(memory.resolve("cgroup.procs"), pids.resolve("cgroup.procs"));
    }

    @Override
    public Optional<LimitHit> hit() {
      if (ResourceGroup.counter(memory.resolve("memory.oom_control"), "oom_kill") > 0) return Optional.of(LimitHit.MEMORY);
      if (ResourceGroup.counter(pids.resolve("pids.events"), "max") > 0) return Optional.of(LimitHit.PROCESSES);
      return Optional.empty();
    }

    @Override
    public void killAll() {
      ResourceGroup.killListed(pids.resolve("cgroup.procs"));
      ResourceGroup.killListed(memory.resolve("cgroup.procs"));
    }

    @Override
    public void close() {
      killAll();
      ResourceGroup.remove(memory);
      ResourceGroup.remove(pids);
    }
  }
}

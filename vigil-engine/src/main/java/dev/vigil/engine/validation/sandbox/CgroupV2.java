package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Limits on the unified v2 hierarchy: a parent group {@code vigil-sandbox} at the root with the
 * memory and pids controllers enabled for its children (v2 allows no processes in a group that
 * hands controllers down, so it cannot sit under Vigil's own group), one child per command.
 */
final class CgroupV2 extends ResourceGroups {
  private final Path mount;

  CgroupV2(Path mount) {
    this.mount = mount;
  }

  @Override
  String describe() {
    return "cgroup v2 (memory, pids)";
  }

  @Override
  ResourceGroup create(String name, Limits limits) {
    Path parent = mount.resolve("vigil-sandbox");
    Path group = parent.resolve(name);
    try {
      ResourceGroups.write(mount.resolve("cgroup.subtree_control"), "+memory +pids");
      Files.createDirectories(parent);
      ResourceGroups.write(parent.resolve("cgroup.subtree_control"), "+memory +pids");
      Files.createDirectories(group);
      ResourceGroups.write(group.resolve("memory.max"), Long.toString(limits.memoryBytes()));
      if (Files.exists(group.resolve("memory.swap.max"))) ResourceGroups.write(group.resolve("memory.swap.max"), "0");
      ResourceGroups.write(group.resolve("pids.max"), Integer.toString(limits.processes()));
    } catch (IOException | UncheckedIOException e) {
      ResourceGroup.remove(group);
      throw ResourceGroups.cannot("memory and process", group, e);
    }
    return new Group(group);
  }

  private record Group(Path dir) implements ResourceGroup {
    @Override
    public List<Path> procsFiles() {
      return List.of(dir.resolve("cgroup.procs"));
    }

    @Override
    public Optional<LimitHit> hit() {
      if (ResourceGroup.counter(dir.resolve("memory.events"), "oom_kill") > 0) return Optional.of(LimitHit.MEMORY);
      if (ResourceGroup.counter(dir.resolve("pids.events"), "max") > 0) return Optional.of(LimitHit.PROCESSES);
      return Optional.empty();
    }

    @Override
    public void killAll() {
      Path kill = dir.resolve("cgroup.kill");
      if (Files.exists(kill)) {
        try {
          Files.writeString(kill, "1");
        } catch (IOException e) {
          // Older kernels: fall through to killing them one by one.
        }
      }
      ResourceGroup.killListed(dir.resolve("cgroup.procs"));
    }

    @Override
    public void close() {
      killAll();
      ResourceGroup.remove(dir);
    }
  }
}

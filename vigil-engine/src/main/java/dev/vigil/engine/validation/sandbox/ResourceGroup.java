package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The kernel control group(s) of one sandboxed command, holding its memory and process limits:
 * the command's launcher joins them before it starts bubblewrap, so every process of the sandbox
 * is counted. Closing kills whatever is left in them and removes them.
 */
interface ResourceGroup extends AutoCloseable {
  /** Returns the {@code cgroup.procs} files the launcher writes its pid to. */
  List<Path> procsFiles();

  /** Returns the limit the group's processes went over so far (memory or processes), if any. */
  Optional<LimitHit> hit();

  /** Kills every process in the group. */
  void killAll();

  /** Kills what is left and removes the group. */
  @Override
  void close();

  /** Returns the numeric value after {@code key} in a flat-keyed cgroup file ("max 3", "oom_kill 1"), 0 if absent. */
  static long counter(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length == 2 && parts[0].equals(key)) return Long.parseLong(parts[1]);
      }
      return 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /** Sends SIGKILL to every process listed in a {@code cgroup.procs} file until it is empty (at most ~2 s). */
  static void killListed(Path procs) {
    for (int round = 0; round < 100; round++) {
      List<String> pids;
      try {
        pids = Files.readAllLines(procs).stream().filter(s -> !s.isBlank()).toList();
      } catch (IOException e) {
        return;
      }
      if (pids.isEmpty()) return;
      for (String pid : pids) ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(ProcessHandle::destroyForcibly);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Removes a cgroup folder, retrying briefly while its last processes exit. */
  static void remove(Path dir) {
    for (int round = 0; round < 50 && Files.exists(dir); round++) {
      try {
        Files.delete(dir);
      } catch (IOException e) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}

package dev.vigil.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches this process's memory over one measured stretch: the peak of used heap (sampled every
 * few milliseconds, so a spike shorter than that can be missed) and the peak resident set size
 * (Linux's {@code VmHWM}, reset through {@code /proc/self/clear_refs} at the start, when allowed).
 */
final class MemoryWatch implements AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
  private static final long SAMPLE_MILLIS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private final boolean rssReset;
  private volatile long peakHeap;
  private volatile boolean running = true;

  private MemoryWatch() {
    System.gc();
    rssReset = resetPeakRss();
    peakHeap = memory.getHeapMemoryUsage().getUsed();
    sampler = new Thread(this::sample, "memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts watching, after a garbage collection so the stretch starts from the live heap. */
  static MemoryWatch start() {
    return new MemoryWatch();
  }

  private void sample() {
    while (running) {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peakHeap) peakHeap = used;
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Returns the most heap seen in use so far, in bytes. */
  long peakHeapBytes() {
    return peakHeap;
  }

  /**
   * Returns the peak resident set size in bytes since the start, or since the process started
   * when the kernel did not let it be reset; -1 where {@code /proc} is not available.
   */
  long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: no figure.
    }
    return -1;
  }

  /** Returns true if the peak RSS counts from the start of this watch, not of the process. */
  boolean rssSinceStart() {
    return rssReset;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  private static boolean resetPeakRss() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}

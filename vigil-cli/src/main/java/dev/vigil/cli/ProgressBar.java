package dev.vigil.cli;

import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanProgress;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows a pass's progress on stderr: a bar redrawn in place on a terminal, or a plain line every
 * few seconds in a log. Quiet for passes that end within the first second.
 */
final class ProgressBar implements ScanListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private long lastDraw = System.nanoTime();
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
  }

  @Override
  public void progress(ScanProgress progress) {
    long now = System.nanoTime();
    boolean last = progress.commitsDone() == progress.commitsTotal();
    if (now - lastDraw < intervalNanos && !(last && drawn)) return;
    lastDraw = now;
    drawn = true;
    String line = render(progress);
    if (terminal) {
      err.print("\r" + line + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }

  static String render(ScanProgress progress) {
    int filled = (int) Math.round(progress.fraction() * WIDTH);
    Duration eta = progress.eta();
    return String.format("[%s%s] %d/%d commits  %.0f commits/s  %d blobs analysed  %d cache hits  ETA %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), progress.commitsDone(),
        progress.commitsTotal(), progress.commitsPerSecond(), progress.blobsAnalysed(),
        progress.cacheHits(), eta == null ? "?" : format(eta));
  }

  private static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds >= 3600) return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    if (seconds >= 60) return String.format("%dm%02ds", seconds / 60, seconds % 60);
    return seconds + "s";
  }
}

package dev.vigil.engine.analysis.java.crypto;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work on a fresh thread with a large stack and a time limit, so a deeply nested file neither
 * overflows the caller's stack nor hangs the scan. Overflow and time-outs become
 * {@link UnanalysableJavaException}s naming the file. A timed-out worker is interrupted and left as
 * a daemon thread: JavaParser does not check for interruption.
 */
final class DeepStack {
  private final long stackBytes;
  private final Duration limit;

  DeepStack(long stackBytes, Duration limit) {
    this.stackBytes = stackBytes;
    this.limit = limit;
  }

  /** Returns the result of {@code work} on {@code path}, rethrowing its runtime exceptions. */
  <T> T run(String path, Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread worker = new Thread(null, () -> {
      try {
        result.complete(work.call());
      } catch (StackOverflowError e) {
        result.completeExceptionally(
            new UnanalysableJavaException(path + ": nesting too deep to analyse", null));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, "java-crypto", stackBytes);
    worker.setDaemon(true);
    worker.start();
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new UnanalysableJavaException(
          path + ": not analysed within " + limit.toSeconds() + " s, skipped", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnanalysableJavaException(path + ": interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      if (e.getCause() instanceof Error error) throw error;
      throw new UnanalysableJavaException(path + ": " + e.getCause(), e.getCause());
    }
  }
}

package dev.vigil.engine.analysis.java.taint;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs parsing and analysis on a thread of its own with a large stack, so deeply nested code
 * cannot overflow the caller's stack, and gives up waiting when the time budget is spent.
 */
final class BoundedExecution {
  static final long STACK_BYTES = 256L * 1024 * 1024;
  private static final long GRACE_MILLIS = 2_000;

  private BoundedExecution() {}

  /**
   * Returns {@code work}'s result; rethrows its runtime exceptions; turns a stack overflow into an
   * {@link UnanalysableSourceException} and an overrun of {@code budgetMillis} into an
   * {@link AnalysisBudgetExceededException}, both naming {@code subject}.
   */
  static <T> T run(String subject, long budgetMillis, Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (StackOverflowError e) {
        failure.set(new UnanalysableSourceException(subject
            + ": not analysed: the code nests too deeply for the Java analyzer", null));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "vigil-java-taint", STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(budgetMillis + GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnalysisBudgetExceededException(subject + ": not analysed: interrupted");
    }
    if (worker.isAlive()) {
      throw new AnalysisBudgetExceededException(subject + ": not analysed: the Java analyzer took"
          + " longer than its budget of " + budgetMillis + " ms");
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error err) throw err;
    if (t != null) throw new IllegalStateException(subject + ": " + t, t);
    return result.get();
  }
}

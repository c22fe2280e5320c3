package dev.vigil.engine.git;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker threads of one pass. Work the pass waits for ({@link #all}) goes before work done
 * ahead ({@link #submit}), which only fills idle workers. With one thread there is no pool: work runs on the caller's
 * thread when submitted, so a one-thread pass is the plain sequential pass. Workers have the
 * default stack size, as the caller's thread has, so code that nests too deeply for one fails
 * alike on the other.
 */
final class PassWorkers implements AutoCloseable {
  private final ExecutorService pool;

  private PassWorkers(ExecutorService pool) {
    this.pool = pool;
  }

  /** Returns workers for {@code threads} threads. */
  static PassWorkers of(int threads) {
    if (threads <= 1) return new PassWorkers(null);
    AtomicInteger count = new AtomicInteger();
    return new PassWorkers(new UrgentFirstPool(threads, work -> {
      Thread thread = new Thread(work, "vigil-pass-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }));
  }

  /** Returns true if work submitted runs on other threads than the caller's. */
  boolean parallel() {
    return pool != null;
  }

  /** Runs {@code work} ahead, on an idle worker (or now, on the caller's thread, without a pool). */
  <T> Future<T> submit(Callable<T> work) {
    return submit(work, false);
  }

  private <T> Future<T> submit(Callable<T> work, boolean urgent) {
    if (pool != null) return ((UrgentFirstPool) pool).submit(work, urgent);
    try {
      return CompletableFuture.completedFuture(work.call());
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Runs every task, on workers when there are some, and returns their results in order. */
  <T> List<T> all(List<Callable<T>> tasks) {
    List<Future<T>> running = new ArrayList<>();
    tasks.forEach(task -> running.add(submit(task, true)));
    List<T> results = new ArrayList<>();
    running.forEach(future -> results.add(join(future)));
    return results;
  }

  /** Returns the result of {@code future}, rethrowing what the work threw. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Stops the workers and waits for the work in flight, so that a pass resumed after a cancel
   * does not analyse a file version again beside a worker still analysing it.
   */
  @Override
  public void close() {
    if (pool == null) return;
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A fixed pool whose queue gives urgent tasks first, each kind in the order submitted. */
  private static final class UrgentFirstPool extends ThreadPoolExecutor {
    private final AtomicLong sequence = new AtomicLong();

    UrgentFirstPool(int threads, ThreadFactory factory) {
      super(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), factory);
    }

    <T> Future<T> submit(Callable<T> work, boolean urgent) {
      Ranked<T> task = new Ranked<>(work, urgent, sequence.incrementAndGet());
      execute(task);
      return task;
    }
  }

  /** A task with its place in the queue: urgent ones first, then by submission. */
  private static final class Ranked<T> extends FutureTask<T> implements Comparable<Ranked<?>> {
    private final boolean urgent;
    private final long sequence;

    Ranked(Callable<T> work, boolean urgent, long sequence) {
      super(work);
      this.urgent = urgent;
      this.sequence = sequence;
    }

    @Override
    public int compareTo(Ranked<?> other) {
      if (urgent != other.urgent) return urgent ? -1 : 1;
      return Long.compare(sequence, other.sequence);
    }
  }
}

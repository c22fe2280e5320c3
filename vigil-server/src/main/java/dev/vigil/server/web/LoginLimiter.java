package dev.vigil.server.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one user name from one
 * address within the window, further attempts are refused until the oldest failure ages out.
 */
public final class LoginLimiter {
  /** Keys kept before expired ones are swept. */
  private static final int MAX_KEYS = 10_000;
  private final int maxFailures;
  private final long windowNanos;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  /** Creates a limiter allowing {@code maxFailures} failures per key within the window. */
  public LoginLimiter(int maxFailures, long windowSeconds) {
    this.maxFailures = maxFailures;
    this.windowNanos = windowSeconds * 1_000_000_000L;
  }

  /** Returns the seconds to wait before trying again, or 0 if an attempt is allowed now. */
  public long retryAfterSeconds(String key) {
    Deque<Long> times = failures.get(key);
    if (times == null) return 0;
    synchronized (times) {
      long now = System.nanoTime();
      while (!times.isEmpty() && now - times.peekFirst() > windowNanos) times.pollFirst();
      if (times.size() < maxFailures) return 0;
      return Math.max(1, (windowNanos - (now - times.peekFirst())) / 1_000_000_000L);
    }
  }

  /** Records a failed sign-in for {@code key}. */
  public void failed(String key) {
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(System.nanoTime());
    }
  }

  /** Forgets the failures of {@code key} after a successful sign-in. */
  public void succeeded(String key) {
    failures.remove(key);
  }
}

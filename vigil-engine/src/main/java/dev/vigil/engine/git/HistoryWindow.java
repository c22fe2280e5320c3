package dev.vigil.engine.git;

import java.time.Instant;
import java.util.Objects;

/**
 * The part of a branch's history a scan covers: the newest {@code maxCommits} commits, or every
 * commit since a time, following first parents from the branch tip. Walked newest first.
 */
public record HistoryWindow(String branch, int maxCommits, Instant since) {
  /** The number of commits a window covers when none is given. */
  public static final int DEFAULT_COMMITS = 1000;

  public HistoryWindow {
    Objects.requireNonNull(branch, "branch == null");
    if (since == null && maxCommits < 1) {
      throw new IllegalArgumentException(
          "history window must be at least 1 commit, got " + maxCommits);
    }
    if (since != null && since.isAfter(Instant.now())) {
      throw new IllegalArgumentException("history window date " + since + " is in the future");
    }
  }

  /** Returns a window of the newest {@code count} commits of {@code branch}. */
  public static HistoryWindow lastCommits(String branch, int count) {
    return new HistoryWindow(branch, count, null);
  }

  /** Returns a window of every commit of {@code branch} committed at or after {@code since}. */
  public static HistoryWindow since(String branch, Instant since) {
    Objects.requireNonNull(since, "since == null");
    return new HistoryWindow(branch, Integer.MAX_VALUE, since);
  }

  /** Returns true if a commit made at {@code commitTime} is old enough to end the window. */
  boolean endsBefore(Instant commitTime) {
    return since != null && commitTime.isBefore(since);
  }

  /** Returns a description such as "last 100 commits of main". */
  public String describe() {
    return since == null
        ? "last " + maxCommits + " commits of " + branch
        : "commits of " + branch + " since " + since;
  }
}

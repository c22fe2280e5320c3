package dev.vigil.engine.git;

import java.time.Instant;
import java.util.Objects;

/**
 * The part of a branch's history a scan covers: the newest {@code maxCommits} commits, or every
 * commit in a date range (since and until, each optional, both inclusive), following first parents
 * from the branch tip. Walked newest first; with {@code until}, the window starts at the newest
 * commit made at or before it (for incident reviews of a past period).
 */
public record HistoryWindow(String branch, int maxCommits, Instant since, Instant until) {
  /** The number of commits a window covers when none is given. */
  public static final int DEFAULT_COMMITS = 1000;

  public HistoryWindow {
    Objects.requireNonNull(branch, "branch == null");
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("history window ends (" + until + ") before it starts (" + since + ")");
    }
    if (since == null && maxCommits < 1) {
      throw new IllegalArgumentException(
          "history window must be at least 1 commit, got " + maxCommits);
    }
    if (since != null && since.isAfter(Instant.now())) {
      throw new IllegalArgumentException("history window date " + since + " is in the future");
    }
  }

  /** Creates a window without an end date. */
  public HistoryWindow(String branch, int maxCommits, Instant since) {
    this(branch, maxCommits, since, null);
  }

  /** Returns a window of the newest {@code count} commits of {@code branch}. */
  public static HistoryWindow lastCommits(String branch, int count) {
    return new HistoryWindow(branch, count, null);
  }

  /**
   * Returns a window of every commit of {@code branch} committed from {@code since} to
   * {@code until} (either may be null: from the first commit, up to the tip).
   */
  public static HistoryWindow between(String branch, Instant since, Instant until) {
    return new HistoryWindow(branch, Integer.MAX_VALUE, since, until);
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

  /** Returns true if a commit made at {@code commitTime} is newer than the window. */
  boolean startsAfter(Instant commitTime) {
    return until != null && commitTime.isAfter(until);
  }

  /** Returns a description such as "last 100 commits of main". */
  public String describe() {
    if (since == null && until == null) return "last " + maxCommits + " commits of " + branch;
    return "commits of " + branch + (since == null ? "" : " since " + since) + (until == null ? "" : " until " + until);
  }
}

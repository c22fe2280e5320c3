package dev.vigil.server.ui;

/** Writes durations for people: "45 s", "3 min", "2 h 10 min", "3 days". */
public final class Durations {
  private Durations() {}

  /** Returns {@code seconds} in words, rounded to what matters. */
  public static String human(long seconds) {
    if (seconds < 60) return Math.max(seconds, 1) + " s";
    if (seconds < 3600) return Math.round(seconds / 60.0) + " min";
    if (seconds < 86_400) {
      long minutes = Math.round(seconds / 60.0);
      return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    return Math.round(seconds / 86_400.0) + " days";
  }

  /** Returns {@code seconds} in words, or a dash if unknown. */
  public static String humanOrDash(Long seconds) {
    return seconds == null ? "—" : human(seconds);
  }
}

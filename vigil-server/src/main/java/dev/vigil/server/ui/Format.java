package dev.vigil.server.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats values for templates: times in UTC, numbers with separators, labels for people. */
public final class Format {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Format() {}

  /** Returns a time as {@code 2024-05-01 10:00 UTC}, or a dash. */
  public static String time(Instant at) {
    return at == null ? "—" : TIME.format(at);
  }

  /** Returns a day as {@code 2024-05-01}, or a dash. */
  public static String day(Instant at) {
    return at == null ? "—" : DAY.format(at);
  }

  /** Returns a count with thousands separators. */
  public static String count(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  /** Returns a label such as {@code security_owner} as words: {@code security owner}. */
  public static String words(String label) {
    return label == null ? "" : label.replace('_', ' ').replace('.', ' ');
  }

  /** Returns the first 10 characters of a commit id. */
  public static String sha(String sha) {
    return sha == null ? "—" : sha.substring(0, Math.min(10, sha.length()));
  }

  /** Returns the first line of a commit message. */
  public static String subject(String message) {
    if (message == null) return "";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

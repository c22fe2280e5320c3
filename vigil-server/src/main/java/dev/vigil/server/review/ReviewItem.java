package dev.vigil.server.review;

import dev.vigil.server.store.FindingRecord;

/**
 * One finding of a release review re-checked at the release: whether it is in the release's code
 * ({@code yes}, {@code no}, or {@code unknown} when its file could not be analysed there), its
 * validation verdict, owner and patch, and whether a decision covers it, with why.
 */
public record ReviewItem(FindingRecord finding, String present, String verdict, String owner, String patch,
    boolean decided, String decision) {
  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String UNKNOWN = "unknown";
}

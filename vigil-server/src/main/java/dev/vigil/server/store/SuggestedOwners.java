package dev.vigil.server.store;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code suggested_owners} column: CODEOWNERS owners separated by single spaces, null for
 * none, and the SQL that asks whether it holds one owner.
 */
final class SuggestedOwners {
  /** SQL that is true when the column holds the owner bound after it (as {@link #like}). */
  static final String HAS = "(' ' || suggested_owners || ' ') LIKE";
  private static final int MAX = 2000;

  private SuggestedOwners() {}

  /** Returns the column value of {@code owners}: null when empty, whole owners only up to its size. */
  static String join(List<String> owners) {
    StringBuilder joined = new StringBuilder();
    for (String owner : owners) {
      if (joined.length() + owner.length() + 1 > MAX) break;
      if (joined.length() > 0) joined.append(' ');
      joined.append(owner);
    }
    return joined.length() == 0 ? null : joined.toString();
  }

  /** Returns the owners of a column value. */
  static List<String> split(String column) {
    return column == null || column.isBlank() ? List.of() : Arrays.asList(column.trim().split(" "));
  }

  /** Returns the LIKE pattern that finds {@code owner} as a whole word, wildcards escaped. */
  static String like(String owner) {
    return "% " + owner.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %";
  }
}

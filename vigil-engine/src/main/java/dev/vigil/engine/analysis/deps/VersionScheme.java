package dev.vigil.engine.analysis.deps;

/**
 * The ordering of versions in one package ecosystem. {@link #compare} throws
 * {@link IllegalArgumentException} naming the version when either is not a version of the scheme.
 */
interface VersionScheme {
  /** Returns a negative number, zero or a positive number as {@code a} is older, equal or newer. */
  int compare(String a, String b);

  /** Returns true if {@code version} is a version of this scheme. */
  default boolean valid(String version) {
    try {
      compare(version, version);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

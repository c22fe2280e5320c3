package dev.vigil.engine.analysis.secrets;

/** Measures how random a string looks. */
final class Entropy {
  private Entropy() {}

  /** Returns the Shannon entropy of {@code text} in bits per character, 0 for an empty text. */
  static double shannon(CharSequence text) {
    int length = text.length();
    if (length == 0) return 0;
    java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < length; i++) counts.merge(text.charAt(i), 1, Integer::sum);
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / length;
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return bits;
  }
}

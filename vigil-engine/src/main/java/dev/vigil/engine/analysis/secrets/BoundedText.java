package dev.vigil.engine.analysis.secrets;

/**
 * A view of a text that counts the characters a regex reads and stops the match once it has read
 * more than its budget, so a pathological input (a minified file, a long run of key-like
 * characters) costs bounded time. Exceeding the budget throws, which the engine reports as an
 * analysis error on the file rather than silently skipping it.
 */
final class BoundedText implements CharSequence {
  private final String text;
  private final String ruleId;
  private final long budget;
  private long reads;

  BoundedText(String text, String ruleId, long budget) {
    this.text = text;
    this.ruleId = ruleId;
    this.budget = budget;
  }

  @Override
  public char charAt(int index) {
    if (++reads > budget) {
      throw new IllegalStateException("rule " + ruleId + " read more than " + budget
          + " characters while matching a text of " + text.length() + "; the file was not fully scanned");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}

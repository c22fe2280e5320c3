package dev.vigil.engine.analysis.java.taint;

/**
 * Key-value stores the project's request handlers share across requests (the HTTP session, the
 * servlet context), named by model rows whose input or output is {@code Store[name]}. One handler
 * stores untrusted data under a key, another reads that key back later: a stored (second-order)
 * flow. An entry is known only under a constant key, or a constant field holding the key where its
 * value cannot be folded ({@code Owner.class.getName() + ".referer"}); a store under a key computed
 * at run time is no entry, and a read by such a key reads none, so input that picks the key taints
 * nothing.
 *
 * <p>Entries live in the run's field facts under keys no field has, so what a file stores and
 * reads is followed across commits and by the summary cache like a static field. Within a method
 * the last value stored wins (an entry overwritten with a constant holds the constant); a method
 * publishes what its entries hold when it returns.
 */
final class AttributeStores {
  private static final String PREFIX = "store:";
  private static final String READ = "read back from the ";

  private AttributeStores() {}

  /**
   * Returns the fact key of the entry of {@code store} under a key that is the constant {@code
   * constant} or, failing that, the constant field {@code field}; null when the key is neither.
   */
  static String entry(String store, Object constant, String field) {
    if (constant instanceof String text) return PREFIX + store + "['" + text + "']";
    return field == null ? null : PREFIX + store + "[" + field + "]";
  }

  /** Returns true if a fact or state key names a store entry rather than a variable or field. */
  static boolean isEntry(String key) {
    return key.startsWith(PREFIX);
  }

  /** Returns what the flow step that stores into an entry says. */
  static String stored(String entry) {
    return "kept in " + describe(entry);
  }

  /** Returns what the flow step that reads an entry back says. */
  static String read(String entry) {
    return READ + describe(entry) + " (stored earlier, possibly by another request)";
  }

  /** Returns true if a flow step reads a store entry back: the flow is a stored one. */
  static boolean readsBack(FlowStep step) {
    return step.kind() == FlowStep.Kind.PROPAGATION && step.description() != null
        && step.description().startsWith(READ);
  }

  private static String describe(String entry) {
    int open = entry.indexOf('[');
    return entry.substring(PREFIX.length(), open) + " attribute " + entry.substring(open + 1, entry.length() - 1);
  }
}

package dev.vigil.engine.analysis.java.taint;

/** A point in time after which the analysis of a file or project gives up. */
record Deadline(long nanos, long budgetMillis, String subject) {
  /** Returns a deadline {@code budgetMillis} from now for {@code subject}. */
  static Deadline in(long budgetMillis, String subject) {
    return new Deadline(System.nanoTime() + budgetMillis * 1_000_000L, budgetMillis, subject);
  }

  /** Returns true if the deadline has passed. */
  boolean passed() {
    return System.nanoTime() - nanos > 0;
  }

  /** Throws {@link AnalysisBudgetExceededException} if the deadline has passed. */
  void check() {
    if (passed()) {
      throw new AnalysisBudgetExceededException(subject + ": not analysed: the taint analysis took"
          + " longer than its budget of " + budgetMillis + " ms");
    }
  }
}

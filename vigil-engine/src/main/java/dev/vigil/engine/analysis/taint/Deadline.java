package dev.vigil.engine.analysis.taint;

/** A point in time after which the analysis of a file gives up. */
record Deadline(long nanos, long budgetMillis, String subject) {
  static Deadline in(long budgetMillis, String subject) {
    return new Deadline(System.nanoTime() + budgetMillis * 1_000_000L, budgetMillis, subject);
  }

  /** Throws {@link TaintBudgetExceededException} if the deadline has passed. */
  void check() {
    if (System.nanoTime() - nanos > 0) {
      throw new TaintBudgetExceededException(subject + ": not analysed: the taint analysis took"
          + " longer than its budget of " + budgetMillis + " ms");
    }
  }
}

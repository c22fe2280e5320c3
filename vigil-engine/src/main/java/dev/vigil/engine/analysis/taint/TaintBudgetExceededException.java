package dev.vigil.engine.analysis.taint;

/** Thrown when a file takes longer than its analysis budget; it is not analysed. */
public final class TaintBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the budget. */
  public TaintBudgetExceededException(String message) {
    super(message);
  }
}

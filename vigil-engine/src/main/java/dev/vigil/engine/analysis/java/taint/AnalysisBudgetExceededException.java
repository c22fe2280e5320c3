package dev.vigil.engine.analysis.java.taint;

/** Thrown when a file or project takes longer than its analysis budget; it is not analysed. */
public final class AnalysisBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming what was not analysed and the budget. */
  public AnalysisBudgetExceededException(String message) {
    super(message);
  }
}

package dev.vigil.server.ui;

/**
 * One line of a repository's readiness checklist: what it asks, its state ({@code ok}, {@code todo},
 * {@code pending} while Vigil cannot check it yet, {@code off} when not configured), what the data
 * says, and a link to what is missing.
 */
public record ReadinessItem(String title, String state, String detail, String linkText, String href) {
  /** Returns the symbol shown for the state. */
  public String mark() {
    return switch (state) {
      case "ok" -> "✓";
      case "todo" -> "!";
      case "pending" -> "…";
      default -> "–";
    };
  }
}

package dev.vigil.cli.bench.realcode;

/** The analyzer families whose precision the real-code benchmark reports separately. */
public enum AnalyzerGroup {
  TAINT("taint"),
  SECRETS("secrets"),
  CRYPTO_CONFIG("crypto/config"),
  OTHER("other");

  private final String label;

  AnalyzerGroup(String label) {
    this.label = label;
  }

  /** Returns the group of the analyzer with id {@code analyzerId}. */
  public static AnalyzerGroup of(String analyzerId) {
    return switch (analyzerId) {
      case "java-taint" -> TAINT;
      case "secrets" -> SECRETS;
      case "java-crypto" -> CRYPTO_CONFIG;
      default -> OTHER;
    };
  }

  /** Returns the name printed in reports. */
  public String label() {
    return label;
  }
}

package corpus.xstatic.config;

public final class Algorithms {
  public static final String DIGEST = "SHA-1";

  private Algorithms() {}
}

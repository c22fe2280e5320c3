package corpus.xshadow.config;

public final class Algorithms {
  public static final String DIGEST = "MD5";

  private Algorithms() {}
}

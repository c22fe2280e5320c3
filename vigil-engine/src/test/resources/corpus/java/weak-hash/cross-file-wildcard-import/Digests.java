package corpus.xwild.security;

public final class Digests {
  public static final String LEGACY = "MD5";

  private Digests() {}
}

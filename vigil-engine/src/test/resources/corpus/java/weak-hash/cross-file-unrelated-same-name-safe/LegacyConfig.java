package corpus.xsame.web;

public final class LegacyConfig {
  public static final String HASH_ALGORITHM = "MD5";

  private LegacyConfig() {}
}

package corpus.xhash.config;

public final class CryptoConfig {
  public static final String HASH_ALGORITHM = "MD5";

  private CryptoConfig() {}
}

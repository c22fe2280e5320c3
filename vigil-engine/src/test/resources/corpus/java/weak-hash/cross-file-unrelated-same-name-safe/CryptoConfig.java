package corpus.xsame.config;

public final class CryptoConfig {
  public static final String HASH_ALGORITHM = "SHA-512";

  private CryptoConfig() {}
}

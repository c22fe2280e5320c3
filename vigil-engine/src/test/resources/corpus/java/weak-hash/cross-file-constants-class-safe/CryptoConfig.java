package corpus.xhashsafe.config;

public final class CryptoConfig {
  public static final String HASH_ALGORITHM = "SHA-256";

  private CryptoConfig() {}
}

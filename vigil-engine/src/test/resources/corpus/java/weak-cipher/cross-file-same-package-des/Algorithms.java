package corpus.xdes;

public final class Algorithms {
  public static final String LEGACY_CIPHER = "DES/CBC/PKCS5Padding";

  private Algorithms() {}
}

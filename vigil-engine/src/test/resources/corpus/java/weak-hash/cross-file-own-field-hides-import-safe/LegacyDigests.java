package corpus.xhide.legacy;

public final class LegacyDigests {
  public static final String HASH = "MD5";

  private LegacyDigests() {}
}

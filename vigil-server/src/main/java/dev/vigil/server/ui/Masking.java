package dev.vigil.server.ui;

/** Hides secrets that may hide in what the UI shows, such as a password inside a Git URL. */
public final class Masking {
  private Masking() {}

  /** Returns {@code url} with the password of its user info replaced by dots. */
  public static String location(String url) {
    if (url == null) return "";
    return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:••••••@")
        .replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@:]{20,})@", "$1••••••@");
  }
}

package dev.vigil.server.digest;

import java.util.Locale;

/** The forms a digest is written in, with the media type of each. */
public enum DigestFormat {
  MD("text/markdown; charset=utf-8"),
  HTML("text/html; charset=utf-8"),
  SLACK("application/json");

  private final String mediaType;

  DigestFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** Returns the media type of a digest in this form. */
  public String mediaType() {
    return mediaType;
  }

  /** Returns the form people ask for by name ({@code md} or {@code html}); bad names throw. */
  public static DigestFormat parse(String name) {
    if (name == null || name.isBlank()) return MD;
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> MD;
      case "html" -> HTML;
      default -> throw new IllegalArgumentException("unknown digest format '" + name + "': expected md or html");
    };
  }
}

package dev.vigil.engine.report;

import java.nio.charset.StandardCharsets;

/**
 * Turns a repository path into the relative URI reference SARIF wants: every byte of the UTF-8
 * form outside RFC 3986's unreserved, sub-delimiter, {@code :}, {@code @} and {@code /}
 * characters is percent-encoded, so {@code src/My File ü.java} becomes
 * {@code src/My%20File%20%C3%BC.java}.
 */
final class ArtifactUri {
  private static final String ALLOWED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ArtifactUri() {}

  /** Returns the relative URI reference of the repository path {@code path}. */
  static String relative(String path) {
    StringBuilder uri = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && ALLOWED.indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    int firstSlash = uri.indexOf("/");
    int firstColon = uri.indexOf(":");
    boolean looksLikeScheme = firstColon >= 0 && (firstSlash < 0 || firstColon < firstSlash);
    return looksLikeScheme ? "./" + uri : uri.toString();
  }
}

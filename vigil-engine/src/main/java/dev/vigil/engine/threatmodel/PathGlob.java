package dev.vigil.engine.threatmodel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path pattern of the YAML format: {@code *} matches within one folder, {@code **} across
 * folders ({@code **}{@code /} also matches no folder at all), {@code ?} one character; anything
 * else matches itself, so a plain path is a glob that matches only that path. Paths are relative
 * to the repository root, with {@code /}.
 */
public record PathGlob(String pattern, Pattern regex) {
  public PathGlob {
    Objects.requireNonNull(pattern, "pattern == null");
    Objects.requireNonNull(regex, "regex == null");
  }

  /** Returns the glob of {@code pattern}; throws if it is blank. */
  public static PathGlob of(String pattern) {
    if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("empty path glob");
    String glob = pattern.strip();
    if (glob.startsWith("/")) glob = glob.substring(1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (c == '*' && glob.startsWith("**", i)) {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (glob.endsWith("/")) regex.append(".*");
    return new PathGlob(pattern, Pattern.compile(regex.toString()));
  }

  /** Returns true if {@code path} matches this glob. */
  public boolean matches(String path) {
    return regex.matcher(path.startsWith("/") ? path.substring(1) : path).matches();
  }

  /** Returns true if {@code path} matches {@code pattern}; a plain path is compared, not compiled. */
  public static boolean matches(String pattern, String path) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && !pattern.endsWith("/")) {
      return strip(pattern.strip()).equals(strip(path));
    }
    return of(pattern).matches(path);
  }

  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}

package dev.vigil.engine.validation.harness;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unique value the harness puts into every untrusted input: a random token with the characters
 * an attack of the finding's kind needs (a quote for SQL, {@code ../} for paths, markup for XSS), so
 * that a sanitizer which escapes or strips them leaves the marker broken and proves nothing.
 */
final class Marker {
  private static final Map<String, String> PAYLOADS = Map.ofEntries(
      Map.entry("sql-injection", "%s'\""),
      Map.entry("command-injection", "%s;|"),
      Map.entry("path-injection", "../%s"),
      Map.entry("xss", "<%s\">"),
      Map.entry("open-redirect", "//%s.invalid/"),
      Map.entry("ssrf", "http://%s.invalid/"),
      Map.entry("ldap-injection", "%s*)("),
      Map.entry("xpath-injection", "%s'"),
      Map.entry("log-injection", "%s\r\nforged"),
      Map.entry("header-injection", "%s\r\nforged"),
      Map.entry(RegexTiming.KIND, "%s" + RegexTiming.EVIL));
  private static final Pattern TOKEN = Pattern.compile("vigil[0-9a-f]{12}");

  private Marker() {}

  /** Returns a new marker for a sink of {@code kind}. */
  static String of(String kind, SecureRandom random) {
    byte[] token = new byte[6];
    random.nextBytes(token);
    return PAYLOADS.getOrDefault(kind, "%s").formatted("vigil" + HexFormat.of().formatHex(token));
  }

  /** Returns the random token of {@code marker}, without the attack's characters around it. */
  static String token(String marker) {
    Matcher token = TOKEN.matcher(marker);
    return token.find() ? token.group() : marker;
  }

  /** Returns the kinds a marker can prove: the sink receives text the attacker controls. */
  static boolean provable(String kind) {
    return PAYLOADS.containsKey(kind) || kind.equals("trust-boundary") || kind.equals("unsafe-reflection");
  }
}

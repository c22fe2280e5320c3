package dev.vigil.engine.analysis.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises values that stand in for a secret rather than being one: template and environment
 * references ({@code ${X}}, {@code {{ x }}}, {@code <your-token>}, {@code %s}, {@code $VAR}),
 * masks ({@code xxxx}, {@code ****}, {@code ...}), documentation words ({@code example},
 * {@code changeme}, {@code dummy}, {@code placeholder}, {@code your_...}) and common stand-in
 * values ({@code test}, {@code password}, {@code secret}), and example credentials from vendors'
 * documentation. Applies to every rule; rules add their own allow-list patterns on top.
 */
final class Placeholders {
  private static final Pattern MARKERS = Pattern.compile(
      "\\$\\{|\\{\\{|\\$\\(|#\\{|%[sd(]|<[^<>]{0,60}>|^\\$[A-Za-z_]|^<|>$|x{4}|\\*{3}|\\.{3}|…"
          + "|#{4}|(.)\\1{7}|12345678|abcdefgh|example|changeme|change_me|change-me|dummy|placeholder"
          + "|redacted|your[_-]?(?:api|access|secret|token|key|pass|own)|insert[_-]?your|replace[_-]?me"
          + "|^your|fixme|todo",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> STAND_INS = Set.of(
      "test", "testing", "password", "passwd", "secret", "token", "apikey", "api_key", "key",
      "null", "none", "nil", "undefined", "true", "false", "empty", "default", "admin", "root",
      "pass", "value", "string", "xxx", "foo", "bar", "foobar", "sample", "demo");
  /** Example credentials printed in vendors' documentation, found in countless READMEs. */
  private static final Set<String> DOCUMENTED_EXAMPLES = Set.of(
      "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
      "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
      "gho_16C7e42F292c6912E7710c838347Ae178B4a",
      "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

  private Placeholders() {}

  /** Returns true if {@code value} looks like a placeholder or a documented example. */
  static boolean isPlaceholder(String value) {
    String trimmed = value.strip();
    if (trimmed.isEmpty()) return true;
    if (STAND_INS.contains(trimmed.toLowerCase(Locale.ROOT))) return true;
    for (String example : DOCUMENTED_EXAMPLES) {
      if (trimmed.contains(example)) return true;
    }
    return MARKERS.matcher(trimmed).find();
  }
}

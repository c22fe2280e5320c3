package dev.vigil.engine.analysis.secrets;

import java.util.regex.Pattern;

/**
 * Tells a literal credential in a {@code password = "..."} style assignment from code and names
 * that only look like one. Reads the regex groups {@code suffix} (what follows the keyword in the
 * key name) and {@code quote} (the quote around the value, empty if unquoted). Rejects keys such as
 * {@code token_url}, {@code passwordField} or {@code tokenizer}, and unquoted values that are
 * expressions or variable names ({@code user.password}, {@code getenv(...)}, {@code DB_PASSWORD}).
 */
final class AssignmentShape implements SecretValidator {
  private static final Pattern NOT_A_SECRET_KEY = Pattern.compile(
      "(?i).*(?:url|uri|path|file|dir|name|type|header|field|length|len|size|count|prefix|suffix"
          + "|endpoint|_id|key_?id|policy|expir|timeout|ttl|format|regex|pattern|label|hint|message"
          + "|msg|param|prop|column|var|env|hash|salt|mode|strategy|provider|store|class|method"
          + "|validat|reset|forgot|confirm|min|max|rule|required|enabled|_at|time|version).*");
  private static final Pattern REFERENCE =
      Pattern.compile("[A-Za-z_$][\\w$]*(?:(?:\\.|->|::)[A-Za-z_$][\\w$]*)+");
  private static final Pattern WORDS = Pattern.compile("[A-Za-z_.-]+");

  @Override
  public String name() {
    return "assignment";
  }

  @Override
  public Verdict check(Candidate candidate) {
    String suffix = candidate.group("suffix");
    if (suffix != null && !suffix.isEmpty()) {
      if (Character.isLowerCase(suffix.charAt(0))) {
        return Verdict.reject("the keyword is part of a longer word");
      }
      if (NOT_A_SECRET_KEY.matcher(suffix).matches()) return Verdict.reject("key names no secret");
    }
    String value = candidate.secret();
    String quote = candidate.group("quote");
    if (REFERENCE.matcher(value).matches()) return Verdict.reject("value is a reference");
    if (quote == null || quote.isEmpty()) {
      if (value.endsWith(";") || value.indexOf('(') >= 0 || value.indexOf(')') >= 0) {
        return Verdict.reject("unquoted value is code");
      }
      if (WORDS.matcher(value).matches()) return Verdict.reject("unquoted value is a name");
    }
    if (value.startsWith("/") || value.startsWith("./") || value.contains("://")) {
      return Verdict.reject("value is a path or a URL");
    }
    return Verdict.accept("literal value assigned to a credential-named key");
  }
}

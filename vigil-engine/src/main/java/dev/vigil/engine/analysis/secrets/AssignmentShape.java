package dev.vigil.engine.analysis.secrets;

import java.util.regex.Pattern;

/**
 * Tells a literal credential in a {@code password = "..."} style assignment from code and names
 * that only look like one. Reads the regex groups {@code suffix} (what follows the keyword in the
 * key name) and {@code quote} (the quote around the value, empty if unquoted). Rejects keys such as
 * {@code token_url}, {@code passwordField}, {@code tokenizer} or {@code credentialsId} (the id of a
 * credential, not the credential), keys that are URL paths ({@code /api/secret = authc}, a filter
 * chain); unquoted values that are expressions or variable names ({@code user.password},
 * {@code getenv(...)}, {@code DB_PASSWORD}, anything unquoted in source code) or the first word of
 * a sentence; literals that are only the start of a concatenation; natural-language text
 * ({@link NaturalText}); and stored password hashes ({@code {SSHA}...}, {@code $2a$10$...}), which
 * are not the password.
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
  /** The id or ids of a credential: credentialsId, token_ids, secret-ID. */
  private static final Pattern IDENTIFIER_KEY = Pattern.compile("(?:.*[_.-])?(?i:ids?)|.*[a-z0-9](?:Id|ID)s?");
  /** A password hash with its scheme: {SSHA}, {SHA-256}, {bcrypt}, $2a$, $argon2id$ ({noop} is plain text). */
  private static final Pattern PASSWORD_HASH = Pattern.compile(
      "(?i)\\{(?!noop}|plain}|clear}|cleartext})[a-z0-9-]{2,20}}\\S"
          + "|\\$(?:2[abxy]?|[156]|argon2(?:id|i|d)|pbkdf2(?:-[a-z0-9]+)?|scrypt)\\$");

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
      if (IDENTIFIER_KEY.matcher(suffix).matches()) return Verdict.reject("key names the id of a credential");
    }
    SourceText source = candidate.source();
    int keyStart = candidate.match().start();
    if (keyStart > 0 && source.text().charAt(keyStart - 1) == '/') return Verdict.reject("key is a URL path");
    String value = candidate.secret();
    String quote = candidate.group("quote");
    if (REFERENCE.matcher(value).matches()) return Verdict.reject("value is a reference");
    if (quote == null || quote.isEmpty()) {
      if (source.kinds().contains(TextKind.CODE)) return Verdict.reject("unquoted value in code is an expression");
      if (value.endsWith(";") || value.indexOf('(') >= 0 || value.indexOf(')') >= 0) {
        return Verdict.reject("unquoted value is code");
      }
      if (WORDS.matcher(value).matches()) return Verdict.reject("unquoted value is a name");
      if (Character.isLetterOrDigit(nextOnLine(source, candidate.secretEnd()))) {
        return Verdict.reject("value is the first word of a sentence");
      }
    } else if (nextOnLine(source, candidate.match().end()) == '+') {
      return Verdict.reject("literal is the start of a concatenation");
    }
    if (value.startsWith("/") || value.startsWith("./") || value.contains("://")) {
      return Verdict.reject("value is a path or a URL");
    }
    if (NaturalText.hasNonAsciiLetter(value)) return Verdict.reject("value is natural-language text");
    if (PASSWORD_HASH.matcher(value).lookingAt()) return Verdict.reject("value is a password hash, not the password");
    return Verdict.accept("literal value assigned to a credential-named key");
  }

  /** Returns the first character after {@code offset} on its line that is not a space or a tab, or 0. */
  private static char nextOnLine(SourceText source, int offset) {
    String text = source.text();
    for (int i = offset; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') return 0;
      if (c != ' ' && c != '\t') return c;
    }
    return 0;
  }
}

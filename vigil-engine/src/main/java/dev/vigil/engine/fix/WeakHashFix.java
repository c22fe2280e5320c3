package dev.vigil.engine.fix;

import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.vigil.engine.analysis.EvidenceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Weak hash (MD5, SHA-1, ...) becomes SHA-256: the algorithm name where it is written (the literal
 * the evidence points at, a codec constant) or the library call ({@code md5Hex} to {@code sha256Hex},
 * Guava's {@code md5()} to {@code sha256()}). A digest of passwords is refused: a fast digest is
 * the wrong tool there, and a password KDF changes the stored format, which needs a migration.
 */
final class WeakHashFix extends JavaFix {
  private static final Pattern WEAK_NAME = Pattern.compile("(?i)MD2|MD4|MD5|SHA|SHA-?1");
  private static final Pattern WEAK_IN_TEXT = Pattern.compile("(?i)(?<=[:=\"])(MD2|MD4|MD5|SHA-?1|SHA)(?=[}\"]|$)");
  private static final Map<String, String> CALLS = Map.of(
      "md5", "sha256", "md5Hex", "sha256Hex", "sha1", "sha256", "sha1Hex", "sha256Hex",
      "sha", "sha256", "shaHex", "sha256Hex", "getMd5Digest", "getSha256Digest", "getSha1Digest", "getSha256Digest");
  private static final Map<String, String> CONSTANTS = Map.of("MD2", "SHA_256", "MD5", "SHA_256", "SHA_1", "SHA_256");

  WeakHashFix() {
    super("java.weak-hash");
  }

  @Override
  String fix(Edit edit) {
    if (edit.evidenceAndFinding().stream().anyMatch(s -> s.description().contains("speaks of password"))) {
      throw new NoSafeFix("the digest hashes passwords: a fast digest (SHA-256 too) is the wrong tool; a password KDF "
          + "(PBKDF2, bcrypt, Argon2) with a per-user salt changes the stored hash format and needs a migration of "
          + "existing hashes, so it is a person's change");
    }
    List<String> changed = new ArrayList<>();
    for (EvidenceStep step : edit.evidenceAndFinding()) {
      if (!step.location().path().endsWith(".java")) continue;
      JavaUnit unit = edit.unit(step.location().path());
      for (StringLiteralExpr literal : unit.covering(StringLiteralExpr.class, step.location().line())) {
        String value = literal.getValue();
        if (WEAK_NAME.matcher(value).matches()) {
          literal.setValue("SHA-256");
          changed.add("\"" + value + "\"");
        } else if (WEAK_IN_TEXT.matcher(value).find()) {
          literal.setValue(WEAK_IN_TEXT.matcher(value).replaceFirst("SHA-256"));
          changed.add("the default \"" + value + "\"");
        }
      }
      for (MethodCallExpr call : unit.covering(MethodCallExpr.class, step.location().line())) {
        String replacement = CALLS.get(call.getNameAsString());
        if (replacement != null && call.getScope().isPresent()) {
          changed.add(call.getNameAsString() + "()");
          call.setName(replacement);
        }
      }
      for (FieldAccessExpr constant : unit.covering(FieldAccessExpr.class, step.location().line())) {
        String replacement = CONSTANTS.get(constant.getNameAsString());
        if (replacement != null && constant.getScope().toString().endsWith("MessageDigestAlgorithms")) {
          changed.add(constant.toString());
          constant.setName(replacement);
        }
      }
      if (!changed.isEmpty()) break;
    }
    if (changed.isEmpty()) {
      throw new NoSafeFix("the weak algorithm's name is not written as a literal or a known library call in the "
          + "evidence (it comes from configuration, an enum or another file), so there is no single place to change");
    }
    edit.note("Digests stored or shared with other systems under the old algorithm no longer match: re-compute "
        + "them or accept both during a migration.");
    return "Replaces " + String.join(", ", changed) + " with SHA-256, a collision-resistant digest.";
  }
}

package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Computes stable fingerprints: rule + path + normalised code context, never line numbers. Two
 * findings of one rule with the same context in one file are told apart by their order.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** Returns the fingerprints of a file version's findings, in the order given. */
  public static List<String> of(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> fingerprints = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      String identity = finding.ruleId() + '\n' + finding.location().path() + '\n'
          + finding.contextKey();
      int ordinal = seen.merge(identity, 1, Integer::sum);
      fingerprints.add(sha256(identity + '\n' + ordinal).substring(0, 32));
    }
    return fingerprints;
  }

  /** Returns the lower-case hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

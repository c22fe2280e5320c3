package dev.vigil.engine.fix;

import java.util.Map;

/** Why the rules that have no generator need a person: what their fix depends on. */
final class ManualFixes {
  private static final Map<String, String> WHY = Map.ofEntries(
      Map.entry("java.ssrf", "the fix is an allow-list of hosts the application may call, which only its owners know"),
      Map.entry("java.unsafe-deserialization", "the fix is a type allow-list (an ObjectInputFilter) or another data "
          + "format, which depends on what the application really exchanges"),
      Map.entry("java.ldap-injection", "the value must be escaped for its place in the filter or DN"),
      Map.entry("java.xpath-injection", "the fix moves the value into an XPath variable resolver, which changes the "
          + "expression's evaluation"),
      Map.entry("java.log-injection", "logging is an intended sink: strip CR/LF in the logging layout, not at each call"),
      Map.entry("java.header-injection", "the header's allowed values depend on its meaning"),
      Map.entry("java.trust-boundary", "what may enter the session is the application's decision"),
      Map.entry("java.unsafe-reflection", "the fix is an allow-list of classes the application may load"),
      Map.entry("java.regex-injection", "whether the input is meant literally (Pattern.quote) or as a pattern from a"
          + " fixed set is the application's decision"),
      Map.entry("java.trust-all-certificates", "trusting the real chain may need the server's CA added to a trust "
          + "store, which a patch cannot do"),
      Map.entry("java.trust-all-hostnames", "host name verification may need the certificate's names fixed first"),
      Map.entry("java.weak-cipher", "a new cipher cannot decrypt data encrypted with the old one: it needs a migration"),
      Map.entry("java.ecb-mode", "a new mode cannot decrypt data encrypted with ECB: it needs a migration"),
      Map.entry("java.static-iv", "a random IV must be stored with each ciphertext, which changes the data format"),
      Map.entry("java.rsa-no-padding", "a padded ciphertext is not readable by the other side until it changes too"));

  private ManualFixes() {}

  /** Returns why {@code ruleId} has no automatic fix. */
  static String why(String ruleId) {
    return WHY.getOrDefault(ruleId, "no generator knows how to fix this rule without guessing the code's intent");
  }
}

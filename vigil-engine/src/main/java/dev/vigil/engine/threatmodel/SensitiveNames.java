package dev.vigil.engine.threatmodel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from a name whether it holds sensitive data. A name is split into lower-case words at
 * case changes, digits, {@code _ - .} and spaces ({@code creditCardNumber} is credit, card,
 * number); the category is the first that matches: key, token, credential, payment, personal
 * data, audit log. A name ending in a word that describes the data ({@code tokenUrl},
 * {@code passwordEncoder}) does not hold it. An address of a machine ({@code serverAddress}) is not
 * personal data.
 */
final class SensitiveNames {
  private static final Set<String> KEY_QUALIFIERS = Set.of(
      "private", "secret", "signing", "encryption", "api", "access", "master", "hmac", "aes");
  private static final Set<String> TOKENS = Set.of("token", "jwt", "bearer", "apitoken", "otp");
  private static final Set<String> CREDENTIALS = Set.of(
      "password", "passwd", "pwd", "passphrase", "credential", "credentials", "secret", "pin");
  private static final Set<String> PAYMENT = Set.of(
      "cvv", "cvc", "iban", "creditcard", "cardnumber", "pan", "swift");
  private static final Set<String> NUMBERED = Set.of("card", "account", "routing");
  private static final Set<String> PERSONAL = Set.of(
      "email", "phone", "ssn", "dob", "birthdate", "birthday", "birth", "passport", "address",
      "firstname", "lastname", "fullname", "surname", "salary", "gender");
  private static final Set<String> NAMED = Set.of("first", "last", "full", "middle", "maiden");
  private static final Set<String> IDENTIFIED = Set.of("national", "tax", "social");

  private static final Set<String> MACHINES = Set.of(
      "server", "host", "bind", "listen", "mac", "inet", "base", "url", "remote", "local", "ip");
  /** Last words that make a name describe the data rather than hold it ({@code tokenUrl}). */
  private static final Set<String> METADATA = Set.of(
      "url", "uri", "endpoint", "path", "length", "size", "ttl", "expiry", "expiration", "header",
      "type", "encoder", "policy", "field", "param", "parameter", "pattern", "regex", "enabled",
      "required", "validator", "service", "repository", "controller", "filter", "provider", "manager",
      "factory", "column", "label", "format", "mask", "prefix");

  private SensitiveNames() {}

  /** Returns the category of the data {@code name} holds, if it is sensitive. */
  static Optional<SensitiveCategory> categorise(String name) {
    List<String> words = words(name);
    if (words.isEmpty() || METADATA.contains(words.get(words.size() - 1))) return Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("apikey") || word.equals("privatekey") || word.equals("secretkey")
          || word.equals("keystore") || (word.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1)))) {
        return Optional.of(SensitiveCategory.KEY);
      }
      if (TOKENS.contains(word) || word.endsWith("token")) return Optional.of(SensitiveCategory.TOKEN);
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (CREDENTIALS.contains(word) || word.endsWith("password")) {
        return Optional.of(SensitiveCategory.CREDENTIAL);
      }
      if (PAYMENT.contains(word) || (word.equals("credit") && next.equals("card"))
          || (NUMBERED.contains(word) && next.equals("number"))
          || (word.equals("payment") && Set.of("method", "details", "info", "card").contains(next))) {
        return Optional.of(SensitiveCategory.PAYMENT);
      }
      String previous = i > 0 ? words.get(i - 1) : "";
      boolean machineAddress = word.equals("address") && MACHINES.contains(previous);
      if ((PERSONAL.contains(word) && !machineAddress) || (NAMED.contains(word) && next.equals("name"))
          || (IDENTIFIED.contains(word) && Set.of("id", "number", "security").contains(next))
          || (word.equals("date") && next.equals("of"))) {
        return Optional.of(SensitiveCategory.PERSONAL_DATA);
      }
      if (word.equals("audit")) return Optional.of(SensitiveCategory.AUDIT_LOG);
    }
    return Optional.empty();
  }

  /** Returns the lower-case words of {@code name}. */
  static List<String> words(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
    return List.of(spaced.toLowerCase(Locale.ROOT).split("[^a-z]+")).stream()
        .filter(w -> !w.isEmpty()).toList();
  }
}

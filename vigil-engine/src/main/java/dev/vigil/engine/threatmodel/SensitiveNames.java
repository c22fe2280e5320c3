package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from a name whether it holds sensitive data. A name is split into lower-case words at
 * case changes, digits, {@code _ - .} and spaces ({@code creditCardNumber} is credit, card,
 * number). Its head is its last word, after dropping words that still name the data
 * ({@code passwordHash}, {@code token_value}); the head decides: key, token, credential, payment,
 * personal data, audit log. So {@code secretWords}, {@code credentialWasGiven} and
 * {@code AuditPage} hold nothing sensitive. A name ending in a word that describes the data
 * ({@code tokenUrl}, {@code passwordEncoder}) or starting with a question ({@code hasCredential})
 * does not hold it, nor does the address of a machine ({@code serverAddress}).
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

  /** Words after the data that still name it: {@code passwordHash} holds a credential. */
  private static final Set<String> HOLDERS = Set.of(
      "hash", "hashed", "digest", "salt", "value", "bytes", "text", "plain", "plaintext",
      "encrypted", "cipher", "ciphertext", "raw", "hex", "data", "string", "str");
  /** First words that make a name a question about the data ({@code hasCredential}). */
  private static final Set<String> QUESTIONS = Set.of(
      "is", "has", "was", "should", "can", "use", "uses", "requires", "needs", "with", "no", "not");
  private static final Set<String> AUDIT_RECORDS = Set.of(
      "log", "logs", "event", "events", "entry", "entries", "trail", "record", "records");

  private SensitiveNames() {}

  /** Returns the category of the data {@code name} holds, if it is sensitive. */
  static Optional<SensitiveCategory> categorise(String name) {
    List<String> words = new ArrayList<>(words(name));
    if (words.isEmpty() || METADATA.contains(words.get(words.size() - 1))
        || QUESTIONS.contains(words.get(0))) {
      return Optional.empty();
    }
    while (words.size() > 1 && HOLDERS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    String last = words.get(words.size() - 1);
    String previous = words.size() > 1 ? words.get(words.size() - 2) : "";
    if (Set.of("apikey", "privatekey", "secretkey", "keystore").contains(last)
        || (last.equals("key") && KEY_QUALIFIERS.contains(previous))) {
      return Optional.of(SensitiveCategory.KEY);
    }
    if (TOKENS.contains(last) || last.endsWith("token")) return Optional.of(SensitiveCategory.TOKEN);
    if (CREDENTIALS.contains(last) || last.endsWith("password")) {
      return Optional.of(SensitiveCategory.CREDENTIAL);
    }
    if (PAYMENT.contains(last) || (last.equals("card") && previous.equals("credit"))
        || (last.equals("number") && NUMBERED.contains(previous))
        || (previous.equals("payment") && Set.of("method", "details", "info", "card").contains(last))) {
      return Optional.of(SensitiveCategory.PAYMENT);
    }
    boolean machineAddress = last.equals("address") && MACHINES.contains(previous);
    if ((PERSONAL.contains(last) && !machineAddress) || (last.equals("name") && NAMED.contains(previous))
        || (IDENTIFIED.contains(previous) && Set.of("id", "number", "security").contains(last))) {
      return Optional.of(SensitiveCategory.PERSONAL_DATA);
    }
    if (last.equals("audit") || (previous.equals("audit") && AUDIT_RECORDS.contains(last))) {
      return Optional.of(SensitiveCategory.AUDIT_LOG);
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

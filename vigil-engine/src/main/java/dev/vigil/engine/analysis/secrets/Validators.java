package dev.vigil.engine.analysis.secrets;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The validators rules can name in their YAML, by name. */
final class Validators {
  private final Map<String, SecretValidator> byName = new TreeMap<>();

  private Validators() {}

  /** Returns the validators that ship with Vigil. */
  static Validators builtIn() {
    Validators validators = new Validators();
    validators.add(new Base62Checksum("github-crc32", "GitHub", true));
    validators.add(new Base62Checksum("npm-crc32", "npm", false));
    validators.add(new JwtStructure());
    validators.add(new AssignmentShape());
    validators.add(new PartnerNearby("aws-pair", "AWS access key id",
        Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b"),
        Pattern.compile("(?i)(?:secret[_ .-]?access[_ .-]?key|aws[_ .-]?secret)"), 5, true));
    validators.add(new PartnerNearby("twilio-pair", "Twilio account SID",
        Pattern.compile("\\bAC[0-9a-f]{32}\\b"),
        Pattern.compile("(?i)twilio"), 5, false));
    return validators;
  }

  private void add(SecretValidator validator) {
    byName.put(validator.name(), validator);
  }

  /** Returns the validator called {@code name}; throws naming the known ones if there is none. */
  SecretValidator named(String name) {
    SecretValidator validator = byName.get(name);
    if (validator == null) {
      throw new IllegalArgumentException("unknown validator '" + name + "': expected one of "
          + String.join(", ", byName.keySet()));
    }
    return validator;
  }
}

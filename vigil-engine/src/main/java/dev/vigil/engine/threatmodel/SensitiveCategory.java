package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of sensitive data a field, column or configuration key holds. */
public enum SensitiveCategory {
  CREDENTIAL, TOKEN, KEY, PAYMENT, PERSONAL_DATA, AUDIT_LOG;

  /** Returns the label used in the YAML format, e.g. {@code personal-data}. */
  @JsonValue
  public String label() {
    return Labels.of(this);
  }

  /** Parses a label such as {@code payment}; throws with the accepted values otherwise. */
  @JsonCreator
  public static SensitiveCategory parse(String label) {
    return Labels.parse(SensitiveCategory.class, label, "sensitive data category");
  }
}

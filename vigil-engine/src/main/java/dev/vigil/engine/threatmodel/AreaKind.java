package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A kind of code that deserves review before the rest. */
public enum AreaKind {
  AUTHENTICATION, AUTHORISATION, INPUT_PARSING, FILE_HANDLING, DESERIALIZATION, PRIVILEGE_CHANGES,
  DEPENDENCY_BOUNDARIES;

  /** Returns the label used in the YAML format, e.g. {@code file-handling}. */
  @JsonValue
  public String label() {
    return Labels.of(this);
  }

  /** Parses a label such as {@code authentication}; throws with the accepted values otherwise. */
  @JsonCreator
  public static AreaKind parse(String label) {
    return Labels.parse(AreaKind.class, label, "priority area kind");
  }
}

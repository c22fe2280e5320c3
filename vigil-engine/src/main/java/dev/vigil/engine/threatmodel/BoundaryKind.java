package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A place where data crosses from one trust level to another. */
public enum BoundaryKind {
  USER_TO_SERVICE("user -> service"),
  BROKER_TO_SERVICE("message broker -> service"),
  SERVICE_TO_DATABASE("service -> database"),
  SERVICE_TO_OUTBOUND_HTTP("service -> outbound HTTP"),
  SERVICE_TO_FILE_SYSTEM("service -> file system"),
  CI_TO_PRODUCTION("CI -> production"),
  PLUGIN_TO_HOST("plugin -> host");

  private final String description;

  BoundaryKind(String description) {
    this.description = description;
  }

  /** Returns the crossing in words, e.g. {@code service -> database}. */
  public String describe() {
    return description;
  }

  /** Returns the label used in the YAML format, e.g. {@code service-to-database}. */
  @JsonValue
  public String label() {
    return Labels.of(this);
  }

  /** Parses a label such as {@code user-to-service}; throws with the accepted values otherwise. */
  @JsonCreator
  public static BoundaryKind parse(String label) {
    return Labels.parse(BoundaryKind.class, label, "boundary kind");
  }
}

package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A field, column, property or configuration key that holds sensitive data, and where. */
public record SensitiveData(
    @JsonProperty(required = true) SensitiveCategory category,
    @JsonProperty(required = true) String name,
    String path,
    int line) {

  public SensitiveData {
    Objects.requireNonNull(category, "category == null");
    Objects.requireNonNull(name, "name == null");
    path = path == null ? "" : path;
    if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
  }

  /** Returns the item in words, e.g. {@code password (credential) at src/User.java:9}. */
  public String describe() {
    return name + " (" + category.label() + ")" + (path.isEmpty() ? "" : " at " + path
        + (line > 0 ? ":" + line : ""));
  }
}

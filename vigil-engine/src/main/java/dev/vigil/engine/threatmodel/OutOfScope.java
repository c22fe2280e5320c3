package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Paths (a glob) whose findings leave the recommended list, and why. */
public record OutOfScope(@JsonProperty(required = true) String path, String reason) {
  public OutOfScope {
    Objects.requireNonNull(path, "path == null");
    PathGlob.of(path);
    reason = reason == null ? "" : reason;
  }

  /** Returns true if {@code file} matches this glob. */
  public boolean covers(String file) {
    return PathGlob.matches(path, file);
  }

  /** Returns the reason shown with an out-of-scope finding. */
  public String describe() {
    return "out of scope: " + path + (reason.isBlank() ? "" : " (" + reason + ")");
  }
}

package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** A trust boundary and the files (paths or globs) where code crosses it. */
public record TrustBoundary(@JsonProperty(required = true) BoundaryKind kind, List<String> paths) {
  public TrustBoundary {
    Objects.requireNonNull(kind, "kind == null");
    paths = Items.copyOf(paths);
  }

  /** Returns true if {@code path} is one of the files where code crosses this boundary. */
  public boolean covers(String path) {
    return paths.stream().anyMatch(glob -> PathGlob.matches(glob, path));
  }
}

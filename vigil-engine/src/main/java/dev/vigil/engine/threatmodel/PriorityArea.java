package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** A high-priority review area and the files (paths or globs) it covers. */
public record PriorityArea(@JsonProperty(required = true) AreaKind kind, List<String> paths) {
  public PriorityArea {
    Objects.requireNonNull(kind, "kind == null");
    paths = Items.copyOf(paths);
  }

  /** Returns true if {@code path} is in this area. */
  public boolean covers(String path) {
    return paths.stream().anyMatch(glob -> PathGlob.matches(glob, path));
  }
}

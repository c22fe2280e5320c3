package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Where outside input enters the code: its kind, its route or name (for HTTP, the method and the
 * full path with class-level prefixes, e.g. {@code POST /api/files}), the file and line that
 * declare it, and the handler method as a {@link MethodId} label ({@code pkg.Class#method/arity},
 * empty when unknown: then the method enclosing {@code path:line} is the handler).
 */
public record EntryPoint(
    @JsonProperty(required = true) EntryPointKind kind,
    @JsonProperty(required = true) String name,
    String path,
    int line,
    String handler) {

  public EntryPoint {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(name, "name == null");
    path = path == null ? "" : path;
    handler = handler == null ? "" : handler.strip();
    if (!handler.isEmpty()) MethodId.parse(handler);
    if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
  }

  /** Returns the file and line, e.g. {@code src/A.java:12}, or just the path when the line is unknown. */
  public String where() {
    return line > 0 ? path + ":" + line : path;
  }

  /** Returns the entry point in words, e.g. {@code HTTP route POST /api/files}. */
  public String describe() {
    return kind.describe() + " " + name;
  }
}

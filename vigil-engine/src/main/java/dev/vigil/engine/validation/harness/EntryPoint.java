package dev.vigil.engine.validation.harness;

import java.util.List;
import java.util.Objects;

/**
 * The method the harness calls to reproduce a finding: its class (binary name, nested classes with
 * {@code $}), its name and the simple names of its parameter types as declared (arrays with
 * {@code []}), and where it was found.
 */
public record EntryPoint(String type, String method, List<String> parameters, String path, int line) {
  public EntryPoint {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(method, "method == null");
    parameters = List.copyOf(parameters);
  }

  /** Returns the entry point as people read it, e.g. {@code shop.UserServlet.doGet(HttpServletRequest, HttpServletResponse)}. */
  public String signature() {
    return type + "." + method + "(" + String.join(", ", parameters) + ")";
  }
}

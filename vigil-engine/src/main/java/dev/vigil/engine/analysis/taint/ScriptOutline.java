package dev.vigil.engine.analysis.taint;

import java.util.List;
import java.util.Objects;

/**
 * What the threat model needs of one Python or JavaScript file: its functions (the module's top
 * level is {@code <module>}) with the calls each makes, and the functions a framework calls as
 * entry points, as the entry-point rows of the models find them.
 */
public record ScriptOutline(String path, List<Function> functions, List<Handler> handlers) {
  /** The name of the pseudo-function holding a module's top-level statements. */
  public static final String MODULE = "<module>";

  public ScriptOutline {
    Objects.requireNonNull(path, "path == null");
    functions = List.copyOf(functions);
    handlers = List.copyOf(handlers);
  }

  /**
   * A function: its name ({@code Owner.name} for a method, {@code <anonymous@line>} for a lambda or
   * arrow function), the other names it is called by ({@code findItem} for
   * {@code exports.findItem = function ...}), its parameter count, its lines, and the calls in
   * its own body.
   */
  public record Function(String name, List<String> aliases, int arity, int line, int endLine,
      List<CallTarget> calls) {
    public Function {
      Objects.requireNonNull(name, "name == null");
      aliases = List.copyOf(aliases);
      calls = List.copyOf(calls);
    }
  }

  /**
   * A call by name: {@code module} is null for a function of the same file (or the function a
   * nested definition names), else the module an import bound ({@code ./db}, {@code app.db}).
   */
  public record CallTarget(String module, String name) {
    public CallTarget {
      Objects.requireNonNull(name, "name == null");
    }
  }

  /**
   * A function a framework calls: the registering API ({@code express.Router.get}), the constant
   * route it was registered with (or null; a queue's name for a consumer), the HTTP method a
   * decorator names ({@code methods=["POST"]}, or null), the function and its line, and whether
   * it consumes a message queue rather than serving HTTP.
   */
  public record Handler(String api, String route, String verb, String function, int line,
      boolean consumer) {
    public Handler {
      Objects.requireNonNull(api, "api == null");
      Objects.requireNonNull(function, "function == null");
    }
  }
}

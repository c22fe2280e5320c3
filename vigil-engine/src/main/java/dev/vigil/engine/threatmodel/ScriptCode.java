package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import dev.vigil.engine.analysis.syntax.ThirdPartyCode;
import dev.vigil.engine.analysis.taint.ModulePaths;
import dev.vigil.engine.analysis.taint.ScriptOutline;
import dev.vigil.engine.analysis.taint.TaintEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The repository's Python and JavaScript/TypeScript code as the threat model sees it: entry points
 * found by the taint models' entry-point rows (Flask, FastAPI and Django views, Express, Koa,
 * Fastify and Next.js handlers, Node HTTP servers; Celery tasks, Kafka, RabbitMQ and BullMQ
 * consumers as message listeners) and by main guards, and the functions with the
 * calls between them (same file, {@code self}/{@code this} methods, imported functions), as
 * methods of the {@link CallGraph}. A function's {@link MethodId} type is its file's path with
 * dots ({@code app/views.py} is {@code app.views}), its class appended for a method.
 */
final class ScriptCode {
  private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch", "head",
      "options", "all", "api_route");
  private static final Pattern WEBHOOK = Pattern.compile("(?i)webhook|callback|hook");
  private static final Pattern PYTHON_MAIN = Pattern.compile("__name__\\s*==\\s*['\"]__main__['\"]");
  private static final Pattern NODE_MAIN = Pattern.compile(
      "\\A#!.*node|require\\.main\\s*===?\\s*module|process\\.argv");
  private static final Pattern SCRIPT_TESTS = Pattern.compile(
      "(^|/)(__tests__|spec)/|(^|/)test_[^/]*\\.py$|_test\\.py$|\\.(test|spec)\\.[jt]sx?$");
  private static final Pattern NEXT_ROUTE = Pattern.compile("(?:^|/)(?:src/)?app(/.*)?/route\\.[jt]sx?$");

  private final List<TaintEngine> engines = List.of(PythonTaintAnalyzer.engine(),
      JavaScriptTaintAnalyzer.engine());
  private final Map<String, ScriptOutline> outlines = new HashMap<>();
  private final Map<String, String> texts;

  /** Outlines the files of {@code sources} that an engine reads; a file that fails goes to {@code problems}. */
  ScriptCode(Map<String, String> sources, List<String> problems) {
    this.texts = sources;
    sources.forEach((path, text) -> {
      for (TaintEngine engine : engines) {
        if (!engine.reads(path) || ThirdPartyCode.reason(path, text) != null) continue;
        try {
          outlines.put(path, engine.outline(path, text));
        } catch (RuntimeException e) {
          problems.add(e.getMessage() == null ? path + ": " + e : e.getMessage());
        }
      }
    });
  }

  /** Returns true if {@code path} is a file the script engines read (minified, vendored and test files aside). */
  static boolean reads(String path) {
    if (ThirdPartyCode.byPath(path) != null || path.endsWith(".d.ts") || SCRIPT_TESTS.matcher(path).find()) {
      return false;
    }
    return path.matches(".*\\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$");
  }

  /** Returns the entry points: one per handler, and command-line programs by their main guard. */
  List<EntryPoint> entryPoints() {
    List<EntryPoint> found = new ArrayList<>();
    outlines.values().forEach(outline -> {
      for (ScriptOutline.Handler handler : outline.handlers()) {
        String name = routeName(outline.path(), handler);
        EntryPointKind kind = handler.consumer() ? EntryPointKind.MESSAGE_LISTENER
            : WEBHOOK.matcher(name).find() ? EntryPointKind.WEBHOOK : EntryPointKind.HTTP_ROUTE;
        found.add(new EntryPoint(kind, name, outline.path(), handler.line(),
            id(outline.path(), handler.function(), arity(outline, handler.function())).label()));
      }
      String text = texts.get(outline.path());
      boolean python = outline.path().endsWith(".py");
      if ((python ? PYTHON_MAIN : NODE_MAIN).matcher(text).find()) {
        found.add(new EntryPoint(EntryPointKind.CLI_ARGUMENTS, outline.path(), outline.path(), 0,
            id(outline.path(), ScriptOutline.MODULE, 0).label()));
      }
    });
    return found;
  }

  /** Returns {@code graph} with the script functions and their calls added. */
  CallGraph addTo(CallGraph graph) {
    List<MethodSite> sites = new ArrayList<>(graph.methods());
    Map<MethodId, Set<MethodId>> edges = new HashMap<>();
    graph.methods().forEach(site -> edges.put(site.method(), graph.callees(site.method())));
    Map<String, Map<String, MethodId>> byPath = new HashMap<>();
    outlines.values().forEach(outline -> outline.functions().forEach(f -> {
      MethodId id = id(outline.path(), f.name(), f.arity());
      sites.add(new MethodSite(id, outline.path(), f.line(), f.endLine()));
      Map<String, MethodId> names = byPath.computeIfAbsent(outline.path(), k -> new HashMap<>());
      names.putIfAbsent(f.name(), id);
      f.aliases().forEach(alias -> names.putIfAbsent(alias, id));
    }));
    outlines.values().forEach(outline -> outline.functions().forEach(f -> {
      Set<MethodId> called = new LinkedHashSet<>();
      for (ScriptOutline.CallTarget call : f.calls()) {
        for (String path : targetPaths(outline.path(), call, byPath.keySet())) {
          MethodId callee = byPath.get(path).get(call.name());
          if (callee != null) called.add(callee);
        }
      }
      edges.put(id(outline.path(), f.name(), f.arity()), called);
    }));
    return new CallGraph(sites, edges);
  }

  private List<String> targetPaths(String from, ScriptOutline.CallTarget call, Set<String> paths) {
    if (call.module() == null) return List.of(from);
    for (TaintEngine engine : engines) {
      if (!engine.reads(from)) continue;
      for (String candidate : engine.modulePaths(from, call.module())) {
        List<String> found = paths.stream().filter(p -> ModulePaths.matches(candidate, p)).toList();
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  private static int arity(ScriptOutline outline, String function) {
    return outline.functions().stream().filter(f -> f.name().equals(function))
        .mapToInt(ScriptOutline.Function::arity).findFirst().orElse(0);
  }

  /** Returns the method id of a script function, e.g. {@code app.views#login/0}. */
  static MethodId id(String path, String function, int arity) {
    String module = path.replaceFirst("\\.[^./]+$", "").replaceAll("[/#\\\\]", ".");
    int dot = function.startsWith("<") ? -1 : function.indexOf('.');
    String type = dot < 0 ? module : module + "." + function.substring(0, dot);
    String name = (dot < 0 ? function : function.substring(dot + 1)).replaceAll("[/#]", "_");
    return new MethodId(type, name, arity);
  }

  /**
   * Returns a route's name: {@code GET /users/<id>} (a Flask {@code route} without {@code methods}
   * answers GET), or what registered the handler.
   */
  private static String routeName(String path, ScriptOutline.Handler handler) {
    String api = handler.api();
    if (handler.consumer()) {
      return (handler.route() == null ? "" : "queue " + handler.route() + " ") + api + " consumer "
          + handler.function();
    }
    String last = api.substring(api.lastIndexOf('.') + 1);
    String verb = handler.verb() != null ? handler.verb().toUpperCase(Locale.ROOT)
        : last.equals("route") ? "GET"
        : VERBS.contains(last) ? (last.equals("all") || last.equals("api_route") ? "ANY"
        : last.toUpperCase(Locale.ROOT)) : "";
    if (handler.route() != null) {
      return (verb.isEmpty() ? "ANY" : verb) + " " + handler.route();
    }
    var next = NEXT_ROUTE.matcher(path);
    String function = handler.function();
    if (next.find() && function.matches("GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS")) {
      return function + " " + (next.group(1) == null ? "/" : next.group(1));
    }
    if (api.equals("django")) return "Django view " + function;
    return (verb.isEmpty() ? "" : verb + " ") + api + " handler " + function;
  }
}

package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.taint.ModelRows.EntryPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One analysis of one lowered file. The top level runs first (imports, definitions, registering
 * calls that start handlers); then every function runs as an entry point when a decorator or a
 * module-wide entry-point row makes it one, and every function gets its summary, computed with its
 * parameters symbolic, so a source read inside any function is followed too. Findings with a real
 * source are collected once per rule and sink.
 */
final class ModuleAnalysis {
  /** The prefix of the API name of a class of the file, e.g. {@code local.UserRepository}. */
  static final String LOCAL = "local.";
  private static final Set<String> THREAT_KINDS = Set.of("remote", "commandargs", "environment", "file");

  private final SourceModule module;
  private final TaintModels models;
  private final TaintRules rules;
  private final Set<String> threats;
  private final Deadline deadline;
  private final Guards guards;
  private final Map<String, Stmt.FunctionDef> functions = new HashMap<>();
  private final Map<String, Map<String, Stmt.FunctionDef>> methods = new HashMap<>();
  private final List<Stmt.FunctionDef> all = new ArrayList<>();
  private final Map<Stmt.FunctionDef, FunctionSummary> summaries = new HashMap<>();
  private final Set<Stmt.FunctionDef> inProgress = new HashSet<>();
  private final Set<String> handled = new HashSet<>();
  private final Set<String> imported = new HashSet<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final List<ScriptOutline.Handler> handlers = new ArrayList<>();
  private State globals = new State();
  private final Project project;
  private boolean prepared;
  /** True once the top level ran: module variables have their final values. */
  private boolean topLevelDone;
  private final List<GlobalAssignment> globalAssignments = new ArrayList<>();

  /** A module variable assigned at the top level, checked by misuse rows once the top level ran. */
  private record GlobalAssignment(String name, Value value, Expr written, Span span, String context) {}

  /** The other files of the tree, for calls into the functions they define. */
  interface Project {
    /** A file analysed alone: no other file is known. */
    Project NONE = (from, module) -> null;

    /** Returns the analysis of the file that {@code module} imported from {@code from} names, or null. */
    ModuleAnalysis module(String from, String module);
  }

  ModuleAnalysis(SourceModule module, TaintModels models, TaintRules rules, Set<String> threats,
      Deadline deadline, Project project) {
    this.project = project == null ? Project.NONE : project;
    this.module = module;
    this.models = models;
    this.rules = rules;
    this.threats = threats;
    this.deadline = deadline;
    this.guards = new Guards(models);
  }

  /** Runs the top level once: imports, definitions, module state, registering calls. */
  void prepare() {
    if (prepared) return;
    prepared = true;
    collect(module.body(), null);
    State top = new State();
    globals = top;
    globals = new Interpreter(this, Frame.module()).exec(module.body(), top);
    if (globals.ended()) globals = top;
    topLevelDone = true;
    String api = models.moduleApi(module.path());
    if (api == null) return;
    Frame frame = Frame.module();
    for (GlobalAssignment a : globalAssignments) {
      List<ModelRows.Misuse> rows = models.misuses(models.names(api + "." + a.name(), a.name()));
      if (rows.isEmpty()) continue;
      reportMisuses(rows, new Input.Site(null, List.of(), Map.of(), a.value(), a.context(), scope(frame)),
          List.of(), a.written(), a.span(), frame);
    }
  }

  /**
   * Notes a top-level assignment of a module variable: in a module a {@code modules} row names
   * ({@code settings.py} is {@code django.conf.settings}), misuse rows of that API's attributes
   * apply to it once the top level ran.
   */
  void assignedGlobal(String name, Value value, Expr written, Span span, Frame frame) {
    if (!topLevelDone && frame.function == null) {
      globalAssignments.add(new GlobalAssignment(name, value, written, span, frame.context()));
    }
  }

  /** Returns what surrounds a site of {@code frame} for misuse conditions. */
  Input.Scope scope(Frame frame) {
    return new Input.Scope(frame.body(module.body()),
        topLevelDone && frame.function == null ? name -> globals.get(name) : null);
  }

  /** Returns the findings of the file: every flow that one of its functions starts. */
  List<Finding> run() {
    prepare();
    for (Stmt.FunctionDef def : all) {
      for (Expr decorator : def.decorators()) {
        Expr callee = decorator instanceof Expr.Call c ? c.callee() : decorator;
        if (decorator instanceof Expr.Call c) misusesOf(c);
        Value v = new Interpreter(this, Frame.module()).eval(callee, globals.copy());
        String member = callee instanceof Expr.Member m ? m.name() : null;
        List<EntryPoint> rows = models.entryPoints(models.names(v.api(), member)).stream()
            .filter(r -> r.handler().equals("Decorated")).toList();
        if (!rows.isEmpty()) {
          analyseHandler(new Value.Callable(def, null), rows, v.api(), null, route(decorator),
              verb(decorator));
        }
      }
      List<EntryPoint> moduleRows = models.moduleEntryPoints().stream()
          .filter(r -> appliesToModule(r, def)).toList();
      if (!moduleRows.isEmpty()) {
        analyseHandler(new Value.Callable(def, null), moduleRows, moduleRows.get(0).api(), null, null, null);
      }
      summary(def);
    }
    return List.copyOf(findings.values());
  }

  /** Checks the misuse rows of a decorator call ({@code @cross_origin(supports_credentials=True)}). */
  private void misusesOf(Expr.Call decorator) {
    Frame frame = Frame.module();
    frame.statement = decorator.span().code();
    new Interpreter(this, frame).eval(decorator, globals.copy());
  }

  /** Returns the functions started as entry points so far, in the order they were found. */
  List<ScriptOutline.Handler> handlers() {
    return List.copyOf(handlers);
  }

  /** Returns the constant first argument of a decorator call ({@code @app.get('/users')}), or null. */
  private String route(Expr decorator) {
    if (!(decorator instanceof Expr.Call c) || c.arguments().isEmpty()) return null;
    Expr.Argument first = c.arguments().get(0);
    if (first.keyword() != null) return null;
    Object path = new Interpreter(this, Frame.module()).eval(first.value(), globals.copy()).constant();
    return path == null ? null : String.valueOf(path);
  }

  /** Returns the first constant of a decorator's {@code methods} list ({@code methods=["POST"]}), or null. */
  private String verb(Expr decorator) {
    if (!(decorator instanceof Expr.Call c)) return null;
    for (Expr.Argument a : c.arguments()) {
      if (!"methods".equals(a.keyword())) continue;
      Value methods = new Interpreter(this, Frame.module()).eval(a.value(), globals.copy());
      if (!methods.isCollection()) return null;
      return methods.elements().values().stream().map(v -> v.constant()).filter(java.util.Objects::nonNull)
          .map(String::valueOf).findFirst().orElse(null);
    }
    return null;
  }

  private boolean appliesToModule(EntryPoint row, Stmt.FunctionDef def) {
    boolean importsIt = row.api().isEmpty() || imported.stream()
        .anyMatch(m -> m.equals(row.api()) || m.startsWith(row.api() + ".") || m.startsWith(row.api() + "/"));
    if (!importsIt) return false;
    if (row.handler().equals("Imported")) return true;
    String names = row.handler().substring("Exported".length()).replaceAll("^\\[|\\]$", "");
    return def.exported() && Pattern.matches(names.isEmpty() ? ".*" : names, def.name());
  }

  private void collect(List<Stmt> body, String owner) {
    for (Stmt stmt : body) {
      if (stmt instanceof Stmt.FunctionDef f) {
        all.add(f);
        if (owner == null) functions.putIfAbsent(f.name(), f);
        else methods.computeIfAbsent(owner, k -> new HashMap<>()).putIfAbsent(f.name(), f);
      } else if (stmt instanceof Stmt.ClassDef c) {
        methods.computeIfAbsent(c.name(), k -> new HashMap<>());
        collect(c.body(), c.name());
      } else if (stmt instanceof Stmt.Import i) {
        imported.add(i.module());
      }
    }
  }

  /** Returns the summary of a function of the file, computing it on first use. */
  FunctionSummary summary(Stmt.FunctionDef def) {
    FunctionSummary known = summaries.get(def);
    if (known != null) return known;
    if (!inProgress.add(def)) return FunctionSummary.EMPTY;
    try {
      State state = globals.copy();
      for (int i = 0; i < def.params().size(); i++) {
        Stmt.Param p = def.params().get(i);
        Value v = Value.of(List.of(Taint.parameter(i)));
        if (i == 0 && def.owner() != null && Set.of("self", "cls").contains(p.name())) {
          v = v.withApi(LOCAL + def.owner());
        } else if (p.annotation() != null) {
          v = v.withApi(annotated(p.annotation()));
        }
        state.put(p.name(), v);
      }
      if (def.owner() != null) state.put("this", Value.api(LOCAL + def.owner()));
      Frame frame = Frame.of(def, null, null);
      new Interpreter(this, frame).exec(def.body(), state);
      FunctionSummary summary = new FunctionSummary(
          frame.returned == null ? Value.CLEAN : frame.returned, frame.sinkFlows);
      summaries.put(def, summary);
      return summary;
    } finally {
      inProgress.remove(def);
    }
  }

  /**
   * Runs a function as an entry point registered through {@code api}: its parameters get the
   * untrusted data or model types the rows give them, and what it returns meets the sinks on
   * returns of {@code api}. Each function runs once per registering API.
   */
  void analyseHandler(Value.Callable callable, List<EntryPoint> rows, String api, String label,
      String route, String verb) {
    Stmt.FunctionDef def = callable.definition();
    if (!handled.add(System.identityHashCode(def) + "|" + def.span() + "|" + api)) return;
    boolean byImport = rows.stream().allMatch(r -> r.handler().equals("Imported"));
    if (!byImport || hasParameter(def, rows)) {
      handlers.add(new ScriptOutline.Handler(api, route, verb, Outlines.nameOf(def),
          def.span().line(), consumes(rows)));
    }
    State state = callable.closure() != null ? callable.closure().copy() : globals.copy();
    if (def.owner() != null) state.put("this", Value.api(LOCAL + def.owner()));
    for (int i = 0; i < def.params().size(); i++) {
      Stmt.Param p = def.params().get(i);
      Value v = p.annotation() == null ? Value.CLEAN : Value.api(annotated(p.annotation()));
      for (EntryPoint row : rows) {
        if (!parameterMatches(row.parameter(), i, p.name())) continue;
        if (!THREAT_KINDS.contains(row.threatOrType())) {
          v = Value.api(row.threatOrType());
        } else if (threats.contains(row.threatOrType())) {
          v = Value.of(List.of(Taint.source(row.threatOrType(), new FlowStep(FlowStep.Kind.SOURCE,
              def.span(), "untrusted " + row.threatOrType() + " data in parameter '" + p.name()
              + "' of entry point " + describe(def)))));
        }
      }
      state.put(p.name(), v);
    }
    Frame frame = Frame.of(def, api, def.name().isEmpty() ? label : null);
    Interpreter interpreter = new Interpreter(this, frame);
    interpreter.exec(def.body(), state);
    Calls calls = new Calls(this, interpreter);
    frame.returns.forEach(r -> calls.returned(r.value(), api, r.span(), frame));
  }

  /**
   * Returns the model type of a parameter annotated {@code annotation}: an instance of the class it
   * names ({@code request: Request} from FastAPI), or the type itself ({@code res: Response} from
   * Express in TypeScript).
   */
  private String annotated(String annotation) {
    String api = resolve(annotation);
    String instance = models.typeOf(api + "()");
    return instance.equals(api + "()") ? models.typeOf(api) : instance;
  }

  /**
   * Records the function {@code frame} runs (or the module's top level) as an entry point of
   * {@code api}: it calls an API whose {@code Enclosing} rows say so, e.g. it loops over a Kafka
   * consumer whose messages a source row makes untrusted.
   */
  void enclosingHandler(String api, List<EntryPoint> rows, Frame frame) {
    Stmt.FunctionDef def = frame.function;
    if (def != null && def.name().isEmpty()) return;
    String function = def == null ? ScriptOutline.MODULE : Outlines.nameOf(def);
    if (!handled.add("enclosing|" + function + "|" + api)) return;
    handlers.add(new ScriptOutline.Handler(api, null, null, function, def == null ? 0 : def.span().line(),
        consumes(rows)));
  }

  private static boolean consumes(List<EntryPoint> rows) {
    return rows.stream().anyMatch(r -> r.kind().equals("message"));
  }

  private String resolve(String annotation) {
    String head = annotation.contains(".") ? annotation.substring(0, annotation.indexOf('.')) : annotation;
    Value bound = globals.get(head);
    if (bound == null || bound.api() == null) return annotation;
    return bound.api() + annotation.substring(head.length());
  }

  /** Returns true if a parameter of {@code def} is one the rows name. */
  private static boolean hasParameter(Stmt.FunctionDef def, List<EntryPoint> rows) {
    for (int i = 0; i < def.params().size(); i++) {
      for (EntryPoint row : rows) {
        if (parameterMatches(row.parameter(), i, def.params().get(i).name())) return true;
      }
    }
    return false;
  }

  private static boolean parameterMatches(String spec, int index, String name) {
    if (spec.equals("Parameter")) return true;
    String inner = spec.replaceAll("^Parameter\\[|\\]$", "");
    for (String part : inner.split(",")) {
      String p = part.strip();
      if (p.matches("\\d+") ? Integer.parseInt(p) == index : p.equals(name)) return true;
    }
    return false;
  }

  private static String describe(Stmt.FunctionDef def) {
    String name = def.name().isEmpty() ? "<anonymous>" : def.name();
    return def.owner() == null ? name : def.owner() + "." + name;
  }

  /** Records a flow to a sink: a real source makes a finding, a parameter a summary flow. */
  void report(Taint taint, SinkSite site, Frame frame) {
    if (taint.symbolic()) {
      if (frame.function != null) frame.sinkFlows.add(new FunctionSummary.SinkFlow(taint, site));
      return;
    }
    String key = site.rule().id() + "|" + site.step().span().location();
    findings.putIfAbsent(key, TaintFindings.finding(taint, site));
  }

  /**
   * Records each misuse of {@code rows} whose conditions hold at {@code site}, once per place: at
   * the literal element a condition names when it is written in place, else at {@code span}.
   */
  void reportMisuses(List<ModelRows.Misuse> rows, Input.Site site, List<Expr.Argument> arguments,
      Expr assigned, Span span, Frame frame) {
    for (ModelRows.Misuse row : rows) {
      dev.vigil.engine.analysis.RuleInfo rule = rules.forKind(row.kind());
      if (rule == null || !Input.hold(row.conditions(), site)) continue;
      Span anchor = Input.anchor(row.conditions(), arguments, assigned);
      Span at = anchor == null ? span : anchor;
      findings.putIfAbsent(rule.id() + "|" + at.location(), TaintFindings.misuse(rule, at, frame.name()));
    }
  }

  Stmt.FunctionDef function(String name) {
    return functions.get(name);
  }

  /**
   * Returns the file and function that {@code api} names when it is a function of another file
   * this one imports ({@code db.find_user}, {@code ./repo.findUser}), or null.
   */
  External external(String api) {
    if (api == null) return null;
    for (int dot = api.lastIndexOf('.'); dot > 0; dot = api.lastIndexOf('.', dot - 1)) {
      String moduleName = api.substring(0, dot);
      if (!imported.contains(moduleName)) continue;
      ModuleAnalysis other = project.module(module.path(), moduleName);
      if (other == null) return null;
      Stmt.FunctionDef def = other.exported(api.substring(dot + 1));
      return def == null ? null : new External(other, def);
    }
    return null;
  }

  /** A function of another file. */
  record External(ModuleAnalysis module, Stmt.FunctionDef definition) {}

  /**
   * Returns the function this file exports as {@code name}: a top-level function, or one assigned
   * to {@code exports.name} / {@code module.exports.name} or listed in {@code module.exports}.
   */
  private Stmt.FunctionDef exported(String name) {
    if (name.contains(".")) return null;
    Stmt.FunctionDef def = functions.get(name);
    if (def != null) return def;
    for (String key : List.of("exports." + name, "module.exports." + name, name)) {
      Value v = globals.get(key);
      if (v != null && v.function() != null) return v.function().definition();
    }
    Value all = globals.get("module.exports");
    Value member = all == null ? null : all.element(name);
    return member == null || member.function() == null ? null : member.function().definition();
  }

  boolean hasClass(String name) {
    return methods.containsKey(name);
  }

  /** Returns the method {@code name} of the file's class that {@code api} names, or null. */
  Stmt.FunctionDef method(String api, String name) {
    if (api == null || !api.startsWith(LOCAL)) return null;
    Map<String, Stmt.FunctionDef> own = methods.get(api.substring(LOCAL.length()));
    return own == null ? null : own.get(name);
  }

  TaintModels models() {
    return models;
  }

  TaintRules rules() {
    return rules;
  }

  Set<String> threats() {
    return threats;
  }

  Deadline deadline() {
    return deadline;
  }

  Guards guards() {
    return guards;
  }
}

package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.syntax.ThirdPartyCode;
import dev.vigil.engine.analysis.syntax.TreeSitterParser;
import dev.vigil.engine.analysis.syntax.UnparsableSourceException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The taint analysis of one language, configured: its front end, models, rules, enabled threat
 * models and time budget per file. {@link #analyse} parses a file, lowers it and interprets it on
 * a thread of its own with a large stack, within the budget. Immutable and thread-safe.
 */
public final class TaintEngine {
  /** The threat models on by default: remote input and command-line arguments. */
  public static final Set<String> DEFAULT_THREATS = Set.of("remote", "commandargs");
  /** The default time budget per file. */
  public static final long DEFAULT_BUDGET_MILLIS = 10_000;
  private static final long STACK_BYTES = 64L * 1024 * 1024;
  private static final long GRACE_MILLIS = 2_000;
  private static final Comparator<Finding> BY_LOCATION = Comparator
      .comparingInt((Finding f) -> f.location().line()).thenComparingInt(f -> f.location().column())
      .thenComparing(Finding::ruleId);

  private final String language;
  private final FrontEnd frontEnd;
  private final TaintModels models;
  private final TaintRules rules;
  private final Set<String> threats;
  private final long budgetMillis;
  private final TreeSitterParser parser = TreeSitterParser.withDefaultLimits();

  private TaintEngine(String language, FrontEnd frontEnd, TaintModels models, TaintRules rules,
      Set<String> threats, long budgetMillis) {
    this.language = language;
    this.frontEnd = frontEnd;
    this.models = models;
    this.rules = rules;
    this.threats = Set.copyOf(threats);
    this.budgetMillis = budgetMillis;
  }

  /**
   * Returns the engine of {@code language} (the folder of its models and rules, e.g.
   * {@code python}) with the models and rules that ship with Vigil.
   */
  public static TaintEngine builtIn(String language, FrontEnd frontEnd) {
    return new TaintEngine(language, frontEnd, ModelCatalog.builtIn(language),
        TaintRules.builtIn(language), DEFAULT_THREATS, DEFAULT_BUDGET_MILLIS);
  }

  /** Returns this engine with other threat models enabled (remote, commandargs, environment, file). */
  public TaintEngine withThreats(Set<String> enabled) {
    return new TaintEngine(language, frontEnd, models, rules, enabled, budgetMillis);
  }

  /** Returns this engine with another time budget per file, in milliseconds. */
  public TaintEngine withBudgetMillis(long millis) {
    if (millis <= 0) throw new IllegalArgumentException("budget must be positive: " + millis);
    return new TaintEngine(language, frontEnd, models, rules, threats, millis);
  }

  /** Returns the rules of the analysis, for reports. */
  public List<RuleInfo> rules() {
    return rules.all();
  }

  /**
   * Returns the findings of one file, sorted by location. Throws {@link UnparsableSourceException}
   * or {@link TaintBudgetExceededException}, naming the file and the reason, for a file that is
   * not analysed.
   */
  public List<Finding> analyse(String path, String text) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(text, "text == null");
    Grammar grammar = grammar(path, text);
    return bounded(path, budgetMillis, () -> {
      Deadline deadline = Deadline.in(budgetMillis, path);
      SourceModule module = frontEnd.lower(parser.parse(path, text, grammar, budgetMillis));
      deadline.check();
      return sorted(new ModuleAnalysis(module, models, rules, threats, deadline,
          ModuleAnalysis.Project.NONE).run());
    });
  }

  /**
   * Returns the outline of one file for the threat model: its functions with their calls and the
   * functions the entry-point rows make handlers. Throws as {@link #analyse} does for a file that
   * is not analysed.
   */
  public ScriptOutline outline(String path, String text) {
    Grammar grammar = grammar(path, text);
    return bounded(path, budgetMillis, () -> {
      Deadline deadline = Deadline.in(budgetMillis, path);
      SourceModule module = frontEnd.lower(parser.parse(path, text, grammar, budgetMillis));
      ModuleAnalysis analysis = new ModuleAnalysis(module, models, rules, threats, deadline,
          ModuleAnalysis.Project.NONE);
      analysis.run();
      return new ScriptOutline(path, Outlines.of(module), analysis.handlers());
    });
  }

  /**
   * Returns the grammar of a file this engine analyses; throws naming the reason for one of
   * another language, or for third-party code: minified, bundled or vendored ({@link ThirdPartyCode}).
   */
  private Grammar grammar(String path, String text) {
    Grammar grammar = Grammar.forPath(path).filter(frontEnd::reads).orElseThrow(() ->
        new UnparsableSourceException(path + ": not analysed: not a " + language + " file"));
    String thirdParty = ThirdPartyCode.reason(path, text);
    if (thirdParty != null) throw new UnparsableSourceException(path + ": not analysed: " + thirdParty);
    return grammar;
  }

  /** Returns true if this engine reads {@code path}. */
  public boolean reads(String path) {
    return Grammar.forPath(path).filter(frontEnd::reads).isPresent();
  }

  /** Returns the paths an import of {@code module} from the file at {@code from} may name (see {@link FrontEnd}). */
  public List<String> modulePaths(String from, String module) {
    return frontEnd.modulePaths(from, module);
  }

  /**
   * Returns one file parsed and lowered, for a session that keeps it; throws as {@link #analyse}
   * does for a file that is not analysed.
   */
  SourceModule lower(String path, String text) {
    Grammar grammar = grammar(path, text);
    return bounded(path, budgetMillis, () -> frontEnd.lower(parser.parse(path, text, grammar, budgetMillis)));
  }

  /**
   * Returns the findings of each of {@code entries}, files of {@code modules} (lowered files by
   * path), with calls into the functions of the files they import, directly or not, applying their
   * summaries; the files share one preparation of each module. The whole gets one per-file budget
   * per entry.
   */
  Map<String, List<Finding>> analyse(Map<String, SourceModule> modules, Set<String> entries) {
    String subject = entries.size() == 1 ? entries.iterator().next() : entries.size() + " files";
    long budget = budgetMillis * Math.max(1, entries.size());
    return bounded(subject, budget, () -> {
      Deadline deadline = Deadline.in(budget, subject);
      TreeModules tree = new TreeModules(modules, frontEnd,
          (module, project) -> new ModuleAnalysis(module, models, rules, threats, deadline, project));
      Map<String, List<Finding>> found = new java.util.LinkedHashMap<>();
      for (String entry : entries) found.put(entry, sorted(tree.analysis(entry).run()));
      return found;
    });
  }

  /** Returns the paths {@code module} imports that are files of {@code paths}. */
  Set<String> importsOf(SourceModule module, Set<String> paths) {
    Set<String> found = new java.util.HashSet<>();
    for (Stmt stmt : module.body()) {
      if (!(stmt instanceof Stmt.Import i)) continue;
      for (String candidate : frontEnd.modulePaths(module.path(), i.module())) {
        paths.stream().filter(p -> ModulePaths.matches(candidate, p)).forEach(found::add);
      }
    }
    return found;
  }

  /** Returns a session that follows a tree through a pass, with flows across its files. */
  public dev.vigil.engine.analysis.ProjectSession openSession() {
    return new TaintProjectSession(this);
  }

  private static List<Finding> sorted(List<Finding> findings) {
    return findings.stream().sorted(BY_LOCATION).toList();
  }

  private <T> T bounded(String path, long budget, java.util.concurrent.Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (StackOverflowError e) {
        failure.set(new UnparsableSourceException(path + ": not analysed: the code nests too"
            + " deeply for the " + language + " analyzer"));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "vigil-" + language + "-taint", STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(budget + GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaintBudgetExceededException(path + ": not analysed: interrupted");
    }
    if (worker.isAlive()) {
      throw new TaintBudgetExceededException(path + ": not analysed: the " + language
          + " analyzer took longer than its budget of " + budget + " ms");
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error err) throw err;
    if (t != null) throw new IllegalStateException(path + ": " + t, t);
    return result.get();
  }
}

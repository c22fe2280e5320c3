package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.java.JavaSyntax;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Java taint analysis, configured: models, rules, enabled threat models and time budget.
 * {@link #parse} turns one file into a {@link ParsedJavaFile}; {@link #analyse} analyses some files
 * of a project with the summaries of all the files given as context. Immutable and thread-safe.
 */
public final class JavaTaintEngine {
  /**
   * The threat models on by default: remote input, command-line arguments, archive entries and,
   * in a library, the content its public API is handed ({@code library-input}).
   */
  public static final Set<String> DEFAULT_THREATS = Set.of("remote", "commandargs", "archive",
      LibraryApi.THREAT);
  /** The default time budget per file. */
  public static final long DEFAULT_BUDGET_MILLIS = 10_000;

  private static final Comparator<Finding> BY_LOCATION = Comparator
      .comparing((Finding f) -> f.location().path())
      .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column())
      .thenComparing(Finding::ruleId);

  private final TaintModels models;
  private final List<TaintRule> rules;
  private final Set<String> threats;
  private final long budgetMillis;
  /** The model rows derived from the scanned project (MyBatis mappers), "" for none. */
  private final String projectModels;
  /** Whether the scanned repository is a library ({@link LibraryRepository}). */
  private final boolean library;

  private JavaTaintEngine(TaintModels models, List<TaintRule> rules, Set<String> threats,
      long budgetMillis, String projectModels, boolean library) {
    this.models = models;
    this.library = library;
    this.projectModels = projectModels;
    this.rules = List.copyOf(rules);
    this.threats = Set.copyOf(threats);
    this.budgetMillis = budgetMillis;
  }

  /** Returns the engine with the models and rules that ship with Vigil and the default threats. */
  public static JavaTaintEngine builtIn() {
    return new JavaTaintEngine(ModelCatalog.builtIn(), TaintRuleCatalog.builtIn(), DEFAULT_THREATS,
        DEFAULT_BUDGET_MILLIS, "", false);
  }

  /** Returns this engine with other threat models enabled (remote, commandargs, archive, environment, file). */
  public JavaTaintEngine withThreats(Set<String> enabled) {
    return new JavaTaintEngine(models, rules, enabled, budgetMillis, projectModels, library);
  }

  /** Returns this engine with another time budget per file, in milliseconds. */
  public JavaTaintEngine withBudgetMillis(long millis) {
    if (millis <= 0) throw new IllegalArgumentException("budget must be positive: " + millis);
    return new JavaTaintEngine(models, rules, threats, millis, projectModels, library);
  }

  /**
   * Returns this engine with the built-in models plus the rows of a model file derived from the
   * scanned project ({@code text}: a YAML model file, "" for none; {@code file} names it in
   * errors), or this engine if it has those rows already.
   */
  public JavaTaintEngine withProjectModels(String file, String text) {
    if (text.equals(projectModels)) return this;
    return new JavaTaintEngine(ModelCatalog.builtInWith(file, text), rules, threats, budgetMillis, text,
        library);
  }

  /**
   * Returns this engine for a repository that is a library or not: only in a library is the
   * content handed to the public API untrusted ({@code library-input}).
   */
  public JavaTaintEngine asLibrary(boolean isLibrary) {
    if (isLibrary == library) return this;
    return new JavaTaintEngine(models, rules, threats, budgetMillis, projectModels, isLibrary);
  }

  /** Returns the threat kinds this engine's analyses follow: library input only in a library. */
  private Set<String> activeThreats() {
    if (library || !threats.contains(LibraryApi.THREAT)) return threats;
    Set<String> active = new HashSet<>(threats);
    active.remove(LibraryApi.THREAT);
    return Set.copyOf(active);
  }

  /**
   * Returns what identifies this engine's models beyond the analyzer's version: "built-in", or
   * that plus a digest of the project-derived rows; results computed with other models differ.
   */
  public String modelsIdentity() {
    return projectModels.isEmpty() ? "built-in" : "built-in+project:" + Integer.toHexString(projectModels.hashCode())
        + ":" + projectModels.length();
  }

  /** Returns the rules of the analysis, for reports. */
  public List<RuleInfo> rules() {
    return rules.stream().map(TaintRule::info).toList();
  }

  /**
   * Parses one file; throws {@link UnanalysableSourceException} naming the file and the first
   * problem if it does not parse or nests too deeply, {@link AnalysisBudgetExceededException} if
   * parsing outlasts the budget.
   */
  public ParsedJavaFile parse(String path, String blobId, String text) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(text, "text == null");
    return BoundedExecution.run(path, budgetMillis, () -> new ParsedJavaFile(
        new JavaSource(path, blobId, parseUnit(path, text))));
  }

  private static CompilationUnit parseUnit(String path, String text) {
    ParseResult<CompilationUnit> result = JavaSyntax.parse(text);
    if (result.isSuccessful() && result.getResult().isPresent()) return result.getResult().get();
    String problem = result.getProblems().stream().findFirst().map(JavaTaintEngine::describe)
        .orElse("no compilation unit");
    throw new UnanalysableSourceException(path + ": not analysed: does not parse as Java: "
        + problem, null);
  }

  private static String describe(Problem p) {
    String where = p.getLocation().flatMap(l -> l.getBegin().getRange())
        .map(r -> "line " + r.begin.line + ", column " + r.begin.column + ": ").orElse("");
    String message = p.getMessage();
    int newline = message.indexOf('\n');
    if (newline > 0) message = message.substring(0, newline);
    int expected = message.indexOf(", expected one of");
    return where + (expected > 0 ? message.substring(0, expected) : message);
  }

  /**
   * Returns the findings that involve one of {@code paths} (their sink or a step of their flow is
   * there), with the summaries of every file of {@code project}; the files of {@code paths} should
   * be part of it. Only the methods of those files and of the files that call into them are
   * analysed as entry points ({@link AffectedFiles}), so a commit that changes one file costs
   * about that file and its callers. Throws {@link AnalysisBudgetExceededException} if the analysis
   * outlasts one per-file budget per file.
   */
  public List<Finding> analyse(Collection<ParsedJavaFile> project, Set<String> paths) {
    List<JavaSource> sources = project.stream().map(ParsedJavaFile::source).toList();
    Set<String> wanted = Set.copyOf(paths);
    Set<String> all = new HashSet<>();
    sources.forEach(s -> all.add(s.path()));
    Set<String> entries = all.equals(wanted) ? all : AffectedFiles.of(sources, wanted);
    List<Finding> found = new ArrayList<>();
    for (Finding f : run(sources, all.size(), subject(wanted), Map.of(), null, run -> run.findingsIn(entries))) {
      if (f.evidence().stream().anyMatch(step -> wanted.contains(step.location().path()))) found.add(f);
    }
    found.sort(BY_LOCATION);
    return List.copyOf(found);
  }

  /**
   * What analysing some entry files found, by reporting file (entries only): findings, the
   * untrusted data stored in fields (by field key) and the keys of the fields read; and the entries
   * given up on because they outlasted their own budget (their findings are empty).
   */
  record EntryAnalysis(Map<String, List<Finding>> findings, Map<String, Map<String, Value>> writes,
      Map<String, Set<String>> reads, Map<String, String> failures) {}

  /**
   * Returns what each of {@code entries} reports (see {@link AnalysisRun#findingsByReporter}), with
   * the summaries of every file of {@code project} as context and fields already holding {@code
   * knownFacts} (what files not analysed now store in them): for each entry, every flow its methods
   * start or carry to a sink. Each entry has its own time budget; the run as a whole throws {@link
   * AnalysisBudgetExceededException} past one budget per entry and a grace period. Summaries are
   * reused from and kept in {@code cache} (null: none).
   */
  EntryAnalysis analyseEntries(Collection<ParsedJavaFile> project, Set<String> entries,
      Map<String, Value> knownFacts, SummaryCache cache) {
    List<JavaSource> sources = project.stream().map(ParsedJavaFile::source).toList();
    return run(sources, entries.size(), subject(entries), knownFacts, cache, run -> {
      Map<String, List<Finding>> findings = new HashMap<>();
      run.findingsByReporter(entries).forEach((path, found) ->
          findings.put(path, found.stream().sorted(BY_LOCATION).toList()));
      Map<String, Map<String, Value>> writes = new HashMap<>(run.fieldWrites());
      Map<String, Set<String>> reads = new HashMap<>(run.fieldReads());
      writes.keySet().retainAll(entries);
      reads.keySet().retainAll(entries);
      return new EntryAnalysis(findings, writes, reads, Map.copyOf(run.failures()));
    });
  }

  /**
   * Returns a session that follows a tree through a pass, for history and tree scans; it keeps
   * parsed trees up to {@link JavaSyntax#maxKeptChars}.
   */
  public dev.vigil.engine.analysis.ProjectSession openSession() {
    return new JavaProjectSession(this, JavaSyntax.maxKeptChars());
  }

  /** Runs one analysis of {@code sources} within a budget of {@code files} per-file budgets. */
  private <T> T run(List<JavaSource> sources, int files, String subject,
      Map<String, Value> knownFacts, SummaryCache cache,
      java.util.function.Function<AnalysisRun, T> analysis) {
    long budget = budgetMillis * Math.max(1, files);
    return BoundedExecution.run(subject, budget, () -> {
      Deadline deadline = Deadline.in(budget, subject);
      ProjectIndex index = new ProjectIndex(sources, models);
      Set<String> active = activeThreats();
      // the library and serves-HTTP decisions are repository-wide: they change what every summary holds
      if (cache != null) cache.open(List.of(models, rules, active, index.servesHttp()), index.edges(), sources);
      return analysis.apply(new AnalysisRun(models, rules, index, active, deadline, budgetMillis,
          knownFacts, cache));
    });
  }

  private static String subject(Set<String> paths) {
    return paths.size() == 1 ? paths.iterator().next() : paths.size() + " Java files";
  }
}

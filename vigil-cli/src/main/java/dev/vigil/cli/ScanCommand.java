package dev.vigil.cli;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.AdvisoryLoadException;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TreeScan;
import dev.vigil.engine.report.ReportFormat;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.report.ReportOptions;
import dev.vigil.engine.threatmodel.Inference;
import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.threatmodel.SourceTree;
import dev.vigil.engine.threatmodel.ThreatModelInference;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.SandboxStep;
import dev.vigil.engine.validation.Validation;
import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.engine.validation.ValidationTarget;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.vigil.engine.report.ReportWriter;
import dev.vigil.engine.report.ToolInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil scan}: one commit-level pass over a repository's history, or one tree. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
        "Scans the history of a Git repository commit by commit, newest first.",
        "With --tree, scans the files of a folder once, without history.",
        "Exit status: 0 done, 1 findings reached --fail-on, 2 bad input."})
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "Repository (or folder with --tree).")
  Path path;

  @Option(names = "--tree", description = "Scan the files of PATH once, without history.")
  boolean tree;

  @Option(names = "--branch", paramLabel = "B", description = "Branch to walk (default: HEAD's).")
  String branch;

  @ArgGroup(exclusive = true)
  WindowOption window = new WindowOption();

  static final class WindowOption {
    @Option(names = "--window", paramLabel = "N",
        description = "Walk the newest N commits (default: " + HistoryWindow.DEFAULT_COMMITS + ").")
    Integer commits;

    @Option(names = "--since", paramLabel = "DATE",
        description = "Walk the commits since DATE (2024-01-31 or 2024-01-31T10:00:00Z).")
    String since;
  }

  @Option(names = "--until", paramLabel = "DATE",
      description = "Walk the commits up to DATE (a date includes its whole day, UTC); with --since, a date range.")
  String until;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json or sarif (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 if a finding is at least this severe (critical, high, medium, low, info).")
  String failOn;

  @Option(names = "--analyzers", paramLabel = "ID", split = ",",
      description = "Analyzers to run (default: all).")
  List<String> analyzerIds;

  @Option(names = "--max-blob-bytes", paramLabel = "BYTES",
      description = "Skip (and report) files larger than this (default: 2097152).")
  long maxBlobBytes = PassOptions.DEFAULT_MAX_BLOB_BYTES;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads of the history pass (default: one per core); the findings do not depend on it.")
  Integer threads;

  @Option(names = "--validate", description = "Validate each finding at the head (present, reachable "
      + "from an entry point, secrets' checksums) and put the records in SARIF's result properties.")
  boolean validate;

  @Option(names = "--no-progress", description = "Do not show progress on stderr.")
  boolean noProgress;

  @Option(names = "--advisories", paramLabel = "DIR_OR_ZIP",
      description = "OSV advisories (a folder of OSV JSON files or a zip, e.g. an osv.dev export): "
          + "adds the 'deps' analyzer of vulnerable dependencies.")
  Path advisories;

  /** What a scan without an advisory database says, so the missing dependency analysis is not silent. */
  static final String NO_ADVISORIES = "Dependency analysis did not run: no advisory database. To check dependencies"
      + " against known vulnerabilities, pass --advisories DIR_OR_ZIP (an OSV export such as"
      + " https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip, or a folder of OSV JSON files).";

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = ReportFormat.parse(format);
    Severity threshold = failOn == null ? null : Severity.parse(failOn);
    if (maxBlobBytes < 1) throw new IllegalArgumentException("--max-blob-bytes must be at least 1");
    AnalyzerRegistry registry = registry();
    List<Analyzer> analyzers = analyzerIds == null ? registry.all() : registry.select(analyzerIds);
    if (threads != null && threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
    PassOptions options = PassOptions.defaults().withMaxBlobBytes(maxBlobBytes);
    if (threads != null) options = options.withThreads(threads);

    if (validate && tree) throw new IllegalArgumentException("--validate needs a Git history, not --tree");

    ScanResult result = tree
        ? new TreeScan(analyzers, new InMemoryAnalysisCache(), options).run(path)
        : scanHistory(analyzers, options);

    List<RuleInfo> rules = analyzers.stream().flatMap(a -> a.rules().stream()).toList();
    ReportWriter writer = reportFormat.writer(ReportOptions.of(
        ToolInfo.of(VigilVersion.current(), null, analyzers)).withWidth(terminalWidth())
        .withValidations(validate ? validations(result) : Map.of()));
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      writer.write(result, rules, out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        writer.write(result, rules, out);
      }
      spec.commandLine().getErr().println("vigil: report written to " + output);
    }
    if (advisories == null && analyzerIds == null) {
      // A table is read by a person: the note ends it. JSON and SARIF stay machine-readable; it goes to stderr.
      if (reportFormat == ReportFormat.TABLE && output == null) {
        spec.commandLine().getOut().println(NO_ADVISORIES);
        spec.commandLine().getOut().flush();
      } else {
        spec.commandLine().getErr().println("vigil: " + NO_ADVISORIES);
      }
    }
    boolean failed = threshold != null && result.findings().stream()
        .anyMatch(f -> f.finding().severity().atLeast(threshold));
    return failed ? VigilCommand.EXIT_FINDINGS : 0;
  }

  /**
   * Returns the validation record of every finding at the scanned head, by fingerprint: the pass
   * just analysed the head, so it is the snapshot; the threat model is inferred there. The command
   * line has no environment, so build and reproduction say they need one.
   */
  private Map<String, ValidationRecord> validations(ScanResult result) {
    HeadSnapshot head = HeadSnapshot.of(result);
    Inference inference;
    try (Repository repository = GitRepositories.open(path)) {
      inference = new ThreatModelInference().infer(SourceTree.ofCommit(repository, head.commit()));
    }
    Validation validation = Validation.standard(new Reachability(inference.model(), inference.callGraph()),
        SandboxStep.withoutEnvironment(), Clock.systemUTC());
    Map<String, ValidationRecord> records = new LinkedHashMap<>();
    for (TrackedFinding finding : result.findings()) {
      records.put(finding.fingerprint(),
          validation.validate(new ValidationTarget(finding.fingerprint(), finding.finding()), head));
    }
    return records;
  }

  /** Returns the built-in analyzers, plus the dependency analyzer when advisories are given. */
  private AnalyzerRegistry registry() {
    List<Analyzer> available = new ArrayList<>(AnalyzerRegistry.builtIn().all());
    if (advisories != null) {
      try {
        AdvisoryDatabase database = AdvisoryDatabase.load(advisories);
        if (!database.problems().isEmpty()) {
          spec.commandLine().getErr().println("vigil: skipped " + database.problems().size()
              + " advisory records; first: " + database.problems().get(0));
        }
        available.add(new DependencyAnalyzer(database));
      } catch (AdvisoryLoadException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    } else if (analyzerIds != null && analyzerIds.stream().anyMatch(id -> id.trim().equals("deps"))) {
      throw new IllegalArgumentException(
          "analyzer 'deps' needs --advisories DIR_OR_ZIP (a folder or zip of OSV advisories)");
    }
    return new AnalyzerRegistry(available);
  }

  private ScanResult scanHistory(List<Analyzer> analyzers, PassOptions options) {
    try (Repository repository = GitRepositories.open(path)) {
      String name = branch != null ? branch : GitRepositories.currentBranch(repository);
      if (until != null && window.commits != null) {
        throw new IllegalArgumentException("--until takes a date range: use it with --since, not --window");
      }
      HistoryWindow historyWindow = until != null
          ? HistoryWindow.between(name, window.since == null ? null : parseDate("--since", window.since),
              endOfDate(until))
          : window.since != null
          ? HistoryWindow.since(name, parseDate("--since", window.since))
          : HistoryWindow.lastCommits(name,
              window.commits == null ? HistoryWindow.DEFAULT_COMMITS : window.commits);
      PrintWriter err = spec.commandLine().getErr();
      ScanListener listener = noProgress
          ? ScanListener.NONE : new ProgressBar(err, System.console() != null);
      return new CommitPass(analyzers, new InMemoryAnalysisCache(), options)
          .run(repository, historyWindow, listener, () -> Thread.currentThread().isInterrupted());
    }
  }

  /** Returns the width of the terminal from $COLUMNS, or the report default. */
  private static int terminalWidth() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      return Math.max(ReportOptions.MIN_WIDTH, columns);
    } catch (NumberFormatException e) {
      return ReportOptions.DEFAULT_WIDTH;
    }
  }

  /** Returns the start of a date (UTC) or the instant of a time given to {@code option}. */
  static Instant parseDate(String option, String text) {
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notATime) {
        throw new IllegalArgumentException("invalid " + option + " '" + text
            + "': expected a date like 2024-01-31 or 2024-01-31T10:00:00Z");
      }
    }
  }

  /** Returns the last second of a date (so the day is included) or the instant of a time. */
  static Instant endOfDate(String text) {
    Instant start = parseDate("--until", text);
    return text.contains("T") ? start : start.plusSeconds(86_399);
  }
}

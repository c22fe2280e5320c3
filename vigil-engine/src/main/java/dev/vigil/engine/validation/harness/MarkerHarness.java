package dev.vigil.engine.validation.harness;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.taint.SinkSignatures;
import dev.vigil.engine.analysis.java.taint.TaintRule;
import dev.vigil.engine.analysis.java.taint.TaintRuleCatalog;
import dev.vigil.engine.validation.CommitBuild;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.Proof;
import dev.vigil.engine.validation.SandboxStep;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.ValidationTarget;
import dev.vigil.engine.validation.Validator;
import dev.vigil.engine.validation.Verdict;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.SandboxCommand;
import dev.vigil.engine.validation.sandbox.SandboxException;
import dev.vigil.engine.validation.sandbox.SandboxResult;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The {@code reproduce} step for Java injection findings: a generated harness calls the finding's
 * entry point with a unique marker as every untrusted value, on the build's output, in the sandbox
 * (no network, no secrets), while a Java agent hooks the sinks the taint models name for the
 * finding's kind. Reproduced = the marker reached a sink's argument intact; otherwise the verdict
 * says why not: not built, entry point not drivable, or marker not observed. For a regular
 * expression the marker carries an evil fragment, and reaching the sink is not proof enough: the
 * pattern the sink received is then timed ({@link RegexTiming}). The step's command is the whole
 * script with the harness source, so a person can rerun it. One instance serves one batch (a scan's
 * validation) and runs at most its cap of harnesses; the findings after that say the cap was hit.
 */
public final class MarkerHarness implements Validator {
  /** The longest a harness may run. */
  static final Duration WALL_TIME = Duration.ofMinutes(2);
  /** How many harnesses one batch runs unless told otherwise. */
  public static final int DEFAULT_RUNS = 30;
  private final CommitBuild build;
  private final int maxRuns;
  private final AtomicInteger runs = new AtomicInteger();
  private final Path agentFolder;
  private final Map<String, String> kinds;
  private final SinkSignatures sinks;
  private final SecureRandom random = new SecureRandom();
  private Path agentJar;

  /**
   * Creates the step over the shared build, writing the sink agent's jars into {@code agentFolder},
   * running at most {@code maxRuns} harnesses.
   */
  public MarkerHarness(CommitBuild build, Path agentFolder, int maxRuns) {
    if (maxRuns < 0) throw new IllegalArgumentException("maxRuns < 0: " + maxRuns);
    this.build = build;
    this.maxRuns = maxRuns;
    this.agentFolder = agentFolder.toAbsolutePath().normalize();
    this.kinds = TaintRuleCatalog.builtIn().stream()
        .collect(Collectors.toMap(r -> r.info().id(), TaintRule::kind, (a, b) -> a));
    this.sinks = SinkSignatures.builtIn();
  }

  /**
   * Creates a harness that only runs on trees built by its caller ({@link #reproduce(Finding, WorkTree,
   * EnvironmentRun)}, e.g. a patched tree); it has no shared build, so {@link #check} says not built.
   */
  public MarkerHarness(Path agentFolder) {
    this(null, agentFolder, DEFAULT_RUNS);
  }

  @Override
  public String name() {
    return SandboxStep.REPRODUCE;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    Finding finding = target.finding();
    String kind = kinds.get(finding.ruleId());
    if (kind == null) {
      return skipped("no reproduction for " + finding.ruleId() + " findings yet: the marker harness drives Java"
          + " injection findings");
    }
    if (!Marker.provable(kind)) {
      return skipped("a marker cannot prove " + kind + ": its sink reads a stream or an object, not text");
    }
    CommitBuild.Outcome outcome = build == null ? null : build.at(head.commit());
    if (outcome == null || !outcome.built() || outcome.tree().isEmpty()) {
      return skipped("not built: the harness runs on the build's output, and the build step did not pass");
    }
    return reproduce(finding, kind, outcome.tree().get(), build.run());
  }

  /**
   * Returns the proof of a run of the harness for {@code finding} on {@code tree}, built already by
   * {@code run}'s environment (a patched tree is checked this way: the marker must no longer reach
   * the sink); not run when the finding's kind has no marker proof.
   */
  public Proof reproduce(Finding finding, WorkTree tree, EnvironmentRun run) {
    String kind = kinds.get(finding.ruleId());
    if (kind == null || !Marker.provable(kind)) return skipped("no marker reproduction for " + finding.ruleId());
    return reproduce(finding, kind, tree, run);
  }

  private Proof reproduce(Finding finding, String kind, WorkTree tree, EnvironmentRun run) {
    EntryPoints.Located located = EntryPoints.locate(tree.path(), finding);
    if (located.entry().isEmpty()) return skipped("entry point not drivable: " + located.problem());
    EntryPoint entry = located.entry().get();
    if (runs.incrementAndGet() > maxRuns) {
      return skipped("not run: this validation already ran " + maxRuns + " harnesses, the cap per scan (the"
          + " findings validated first, by severity, got them)");
    }
    String marker = Marker.of(kind, random);
    HarnessScript script = HarnessScript.of(entry, marker, sinks.of(kind),
        BuildOutputs.classPath(tree.path(), "/workspace"), agentJar());
    SandboxResult result;
    try {
      result = run.execute(Phase.VALIDATION, tree, SandboxCommand.shell(script.script()),
          List.of(agentFolder), WALL_TIME);
    } catch (SandboxException e) {
      return failed(script, "the sandbox could not start, so the harness did not run: " + e.getMessage());
    }
    HarnessReport report = HarnessReport.parse(result.output());
    HarnessReport.Judgement judgement = report.judge(kind);
    String command = script.script();
    String timed = "";
    if (kind.equals(RegexTiming.KIND) && judgement.verdict() == Verdict.REPRODUCED) {
      RegexTiming.Result timing;
      try {
        timing = RegexTiming.measure(run, tree, report.hit().get().unescaped(), Marker.token(marker));
      } catch (SandboxException e) {
        return failed(script, "the sandbox could not start, so the regular expression was not timed: "
            + e.getMessage());
      }
      judgement = new HarnessReport.Judgement(timing.verdict(), judgement.reason() + "; " + timing.reason());
      command += "\n# Then the pattern the sink received is timed:\n" + timing.script();
      timed = "\n--- timing ---\n" + timing.output();
    }
    String reason = result.limitHit().isPresent() && judgement.verdict() != Verdict.REPRODUCED
        ? "the harness was killed at its " + result.limitHit().get().label() + " limit; " + judgement.reason()
        : judgement.reason();
    Verdict verdict = result.limitHit().isPresent() && judgement.verdict() == Verdict.NOT_REPRODUCED
        ? Verdict.COULD_NOT_VALIDATE : judgement.verdict();
    String output = "entry point: " + entry.signature() + " (" + entry.path() + ":" + entry.line() + ")\n"
        + "marker: " + HarnessSource.literal(marker) + "\n"
        + "verdict: " + verdict.label() + ": " + reason + "\n"
        + "exit " + result.exitCode() + " in " + result.duration().toMillis() + " ms\n--- harness output ---\n"
        + result.output() + timed;
    ValidationStep.Status status = verdict == Verdict.COULD_NOT_VALIDATE ? ValidationStep.Status.FAILED
        : ValidationStep.Status.PASSED;
    return new Proof(new ValidationStep(name(), status, command, output, result.duration().toMillis()),
        verdict, reason);
  }

  private synchronized Path agentJar() {
    if (agentJar == null) agentJar = SinkAgentJars.write(agentFolder);
    return agentJar;
  }

  private Proof skipped(String why) {
    return Proof.notRun(name(), why);
  }

  private Proof failed(HarnessScript script, String why) {
    return new Proof(new ValidationStep(name(), ValidationStep.Status.FAILED, script.script(), why, 0),
        Verdict.COULD_NOT_VALIDATE, why);
  }
}

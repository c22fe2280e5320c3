package dev.vigil.server.threat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.threatmodel.CallGraph;
import dev.vigil.engine.threatmodel.CodeShape;
import dev.vigil.engine.threatmodel.ImpactReasoning;
import dev.vigil.engine.threatmodel.Ranker;
import dev.vigil.engine.threatmodel.RankingInput;
import dev.vigil.engine.threatmodel.RepositoryType;
import dev.vigil.engine.threatmodel.ThreatModel;
import dev.vigil.engine.threatmodel.ValidationState;
import dev.vigil.engine.validation.Verdict;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.TriageEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a repository's findings with its current threat model (or an empty model before the first
 * one exists): reachability from entry points, priority areas, sensitive data, out-of-scope paths,
 * validation, and the reasons of rejected look-alikes. Pure ranking lives in the engine's
 * {@link Ranker}; this gathers its inputs from the store.
 */
public final class FindingRanking {
  private final ThreatModels models;
  private final FindingStore findings;
  private final TriageEvents triage;

  public FindingRanking(ThreatModels models, FindingStore findings, TriageEvents triage) {
    this.models = models;
    this.findings = findings;
    this.triage = triage;
  }

  /** Returns the {@code limit} most critical open findings present at the head, out-of-scope excluded. */
  public List<RankedFinding> recommended(long repositoryId, int limit) {
    Context context = context(repositoryId);
    List<RankedFinding> ranked = findings.openAtHead(repositoryId).stream().map(context::rank).toList();
    return Ranker.recommended(ranked, RankedFinding::ranking, limit);
  }

  /** Returns why each of these findings is out of scope, by finding id (in-scope ones absent). */
  public Map<Long, String> outOfScope(List<FindingRecord> page) {
    return models.outOfScope(page);
  }

  /** Returns one finding ranked under its repository's model. */
  public RankedFinding explain(FindingRecord finding) {
    return context(finding.repositoryId()).rank(finding);
  }

  private Context context(long repositoryId) {
    var current = models.current(repositoryId);
    ThreatModel model = current.map(ThreatModels.Current::model).orElse(ThreatModel.empty(RepositoryType.MIXED));
    CallGraph graph = current.map(ThreatModels.Current::callGraph).orElse(CallGraph.empty());
    Map<CodeShape, List<String>> rejected = new HashMap<>();
    for (FindingRecord record : findings.withStatus(repositoryId, "rejected")) {
      String reason = triage.forFinding(record.id()).stream().filter(e -> e.action().equals("reject"))
          .reduce((first, second) -> second).map(TriageEvents.Event::reason).orElse("rejected");
      rejected.computeIfAbsent(CodeShape.of(toFinding(record)), k -> new ArrayList<>())
          .add("#" + record.id() + ": " + reason);
    }
    return new Context(new Ranker(model, graph), new ImpactReasoning(model, graph), rejected);
  }

  private record Context(Ranker ranker, ImpactReasoning impact, Map<CodeShape, List<String>> rejected) {
    RankedFinding rank(FindingRecord record) {
      Finding finding = toFinding(record);
      List<String> lookAlikes = rejected.getOrDefault(CodeShape.of(finding), List.of()).stream()
          .filter(reason -> !reason.startsWith("#" + record.id() + ":")).toList();
      RankingInput input = RankingInput.of(finding)
          .withValidation(record.verdict() == null ? ValidationState.NOT_VALIDATED
              : Verdict.parse(record.verdict()).rankingState())
          .withRejectedLookAlikes(lookAlikes);
      return new RankedFinding(record, ranker.rank(input), impact.explain(finding).text());
    }
  }

  /**
   * Returns the engine's view of a stored finding: what ranking, impact, validation and fixes read.
   * The store keeps the finding's line; its columns come back from the evidence step on that line
   * (the sink), so a fix finds the very call among several that begin on one line.
   */
  public static Finding toFinding(FindingRecord record) {
    Location location = Location.line(record.path(), Math.max(1, record.line()));
    for (EvidenceStep step : record.evidence()) {
      Location at = step.location();
      if (at.path().equals(location.path()) && at.line() == location.line()) location = at;
    }
    return new Finding(record.ruleId(), record.cwe(), Severity.parse(record.severity()),
        Confidence.parse(record.confidence()), record.message(), location, record.excerpt(), null,
        record.evidence());
  }
}

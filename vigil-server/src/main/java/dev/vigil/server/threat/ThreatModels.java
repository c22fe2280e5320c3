package dev.vigil.server.threat;

import dev.vigil.engine.threatmodel.CallGraph;
import dev.vigil.engine.threatmodel.Inference;
import dev.vigil.engine.threatmodel.SourceTree;
import dev.vigil.engine.threatmodel.Staleness;
import dev.vigil.engine.threatmodel.ThreatModel;
import dev.vigil.engine.threatmodel.ThreatModelInference;
import dev.vigil.engine.threatmodel.ThreatModelYaml;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.ThreatModelStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each repository's threat model in step with its code: after a scan, infers the model at
 * the new head; the first inference becomes version 1 (a draft for people to review), later ones
 * are compared with the commit the current version describes and mark it "needs review" when entry
 * points or the repository type changed. The call graph of the newest inference is kept in memory
 * for ranking (it is not part of the YAML) and rebuilt on demand after a restart.
 */
public final class ThreatModels {
  /** The author recorded for versions written by inference. */
  public static final String INFERENCE_AUTHOR = "vigil (inferred)";
  private static final Logger log = LoggerFactory.getLogger(ThreatModels.class);

  private final ThreatModelStore store;
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final RepositoryMirrors mirrors;
  private final ThreatModelYaml yaml = new ThreatModelYaml();
  private final Map<Long, Inferred> latest = new ConcurrentHashMap<>();

  /** An inference and the commit it was made at. */
  record Inferred(String sha, Inference inference) {}

  /** The model people work with, its version, and the call graph of the newest inference. */
  public record Current(ThreatModelStore.Version version, ThreatModel model, CallGraph callGraph) {}

  public ThreatModels(ThreatModelStore store, RepositoryStore repositories, ScanStore scans,
      RepositoryMirrors mirrors) {
    this.store = store;
    this.repositories = repositories;
    this.scans = scans;
    this.mirrors = mirrors;
  }

  /** Infers the model at a scanned head and updates versions or review status; never throws. */
  public void refresh(RepositoryRecord repository, Repository git, String headSha) {
    try {
      Inference inference = new ThreatModelInference().infer(SourceTree.ofCommit(git, headSha));
      latest.put(repository.id(), new Inferred(headSha, inference));
      String inferredYaml = yaml.write(inference.model());
      Optional<ThreatModelStore.Version> current = store.latest(repository.id());
      if (current.isEmpty()) {
        store.add(repository.id(), inferredYaml, INFERENCE_AUTHOR, headSha, inferredYaml);
        return;
      }
      if (headSha.equals(current.get().commitSha())) return;
      String described = current.get().inferredYaml() != null ? current.get().inferredYaml() : current.get().yaml();
      Staleness staleness = Staleness.check(yaml.parse(described), inference.model());
      store.status(repository.id(), staleness.needsReview(), staleness.changes(), headSha);
    } catch (RuntimeException e) {
      log.warn("threat model of {} at {} not updated: {}", repository.name(), headSha, e.toString());
    }
  }

  /** Returns the current model of a repository, if it has one. */
  public Optional<Current> current(long repositoryId) {
    return store.latest(repositoryId).map(version ->
        new Current(version, yaml.parse(version.yaml()), callGraph(repositoryId)));
  }

  /**
   * Returns, for the findings given, the reason each one is out of scope under its repository's
   * current model (findings in scope are absent from the map). Reads each model once; no call graph.
   */
  public Map<Long, String> outOfScope(java.util.Collection<dev.vigil.server.store.FindingRecord> findings) {
    Map<Long, Optional<ThreatModel>> models = new java.util.HashMap<>();
    Map<Long, String> reasons = new java.util.HashMap<>();
    for (var finding : findings) {
      Optional<ThreatModel> model = models.computeIfAbsent(finding.repositoryId(),
          id -> store.latest(id).map(version -> yaml.parse(version.yaml())));
      model.flatMap(m -> m.outOfScopeRuleFor(finding.path()))
          .ifPresent(rule -> reasons.put(finding.id(), rule.reason() == null || rule.reason().isBlank()
              ? "matches " + rule.path() : rule.reason() + " (" + rule.path() + ")"));
    }
    return reasons;
  }

  /**
   * Stores a person's edit as a new version describing the newest inferred commit; throws
   * {@link dev.vigil.engine.threatmodel.ThreatModelException} with the line when the YAML is invalid.
   */
  public ThreatModelStore.Version edit(long repositoryId, String text, String author) {
    ThreatModel model = yaml.parse(text);
    Inferred inferred = inferred(repositoryId);
    Optional<ThreatModelStore.Version> previous = store.latest(repositoryId);
    String sha = inferred != null ? inferred.sha() : previous.map(ThreatModelStore.Version::commitSha).orElse(null);
    String inferredYaml = inferred != null ? yaml.write(inferred.inference().model())
        : previous.map(ThreatModelStore.Version::inferredYaml).orElse(null);
    return store.add(repositoryId, yaml.write(model), author, sha, inferredYaml);
  }

  /** Returns the store of versions and review status. */
  public ThreatModelStore store() {
    return store;
  }

  /** Returns the YAML codec the API uses. */
  public ThreatModelYaml yaml() {
    return yaml;
  }

  private CallGraph callGraph(long repositoryId) {
    Inferred inferred = inferred(repositoryId);
    return inferred == null ? CallGraph.empty() : inferred.inference().callGraph();
  }

  /** Returns the newest inference, rebuilding it at the last scanned head after a restart. */
  private Inferred inferred(long repositoryId) {
    Inferred cached = latest.get(repositoryId);
    if (cached != null) return cached;
    RepositoryRecord repository = repositories.find(repositoryId).orElse(null);
    Optional<ScanRecord> scanned = scans.forRepository(repositoryId).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.headSha() != null).findFirst();
    if (repository == null || scanned.isEmpty()) return null;
    try (Repository git = mirrors.open(repository, repositories.credential(repositoryId))) {
      Inferred rebuilt = new Inferred(scanned.get().headSha(),
          new ThreatModelInference().infer(SourceTree.ofCommit(git, scanned.get().headSha())));
      latest.put(repositoryId, rebuilt);
      return rebuilt;
    } catch (RuntimeException e) {
      log.warn("cannot rebuild the call graph of {}: {}", repository.name(), e.toString());
      return null;
    }
  }
}

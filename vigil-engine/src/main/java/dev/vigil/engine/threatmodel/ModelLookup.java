package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers what the model says about a finding: which entry points reach it, which priority areas
 * and sensitive data it touches, which boundaries it crosses. The shortest call chains from each
 * entry point are computed once, so one lookup serves all findings of a repository.
 */
final class ModelLookup {
  private final ThreatModel model;
  private final CallGraph graph;
  private final Map<EntryPoint, Map<MethodId, MethodId>> shortestPaths = new LinkedHashMap<>();

  ModelLookup(ThreatModel model, CallGraph graph) {
    this.model = model;
    this.graph = graph;
    for (EntryPoint entry : model.entryPoints()) {
      ThreatModelInference.handlerOf(entry, graph).ifPresent(handler ->
          shortestPaths.put(entry, graph.shortestPaths(handler)));
    }
  }

  ThreatModel model() {
    return model;
  }

  /** Returns the finding's location followed by those of its evidence. */
  static List<Location> locations(Finding finding) {
    List<Location> locations = new ArrayList<>(List.of(finding.location()));
    finding.evidence().stream().map(EvidenceStep::location).forEach(locations::add);
    return locations;
  }

  /** Returns the distinct paths of the locations, the finding's first. */
  static List<String> paths(List<Location> locations) {
    return locations.stream().map(Location::path).distinct().toList();
  }

  /** Returns how entry points reach the methods holding any of {@code locations}. */
  Reach reach(List<Location> locations) {
    Set<MethodId> targets = new LinkedHashSet<>();
    for (Location location : locations) {
      graph.methodAt(location.path(), location.line()).ifPresent(targets::add);
    }
    if (targets.isEmpty()) return new Reach(Reach.Status.UNKNOWN, List.of(), List.of());
    List<EntryPoint> reaching = new ArrayList<>();
    List<MethodId> best = List.of();
    EntryPoint bestEntry = null;
    for (var entry : shortestPaths.entrySet()) {
      Optional<List<MethodId>> shortest = targets.stream()
          .map(target -> CallGraph.chain(entry.getValue(), target)).filter(c -> !c.isEmpty())
          .min(Comparator.comparingInt(List::size));
      if (shortest.isEmpty()) continue;
      reaching.add(entry.getKey());
      List<MethodId> chain = shortest.get();
      if (bestEntry == null || better(entry.getKey(), chain, bestEntry, best)) {
        bestEntry = entry.getKey();
        best = chain;
      }
    }
    if (bestEntry == null) return new Reach(Reach.Status.NOT_REACHED, List.of(), List.of());
    EntryPoint first = bestEntry;
    reaching.sort(Comparator.comparing((EntryPoint e) -> e != first)
        .thenComparing(e -> !e.kind().remote()));
    return new Reach(first.kind().remote() ? Reach.Status.FROM_REMOTE_ENTRY : Reach.Status.FROM_LOCAL_ENTRY,
        reaching, best);
  }

  private static boolean better(EntryPoint entry, List<MethodId> chain, EntryPoint bestEntry,
      List<MethodId> bestChain) {
    if (entry.kind().remote() != bestEntry.kind().remote()) return entry.kind().remote();
    return chain.size() < bestChain.size();
  }

  /** Returns the priority areas covering any of {@code paths}. */
  List<PriorityArea> areas(List<String> paths) {
    return model.priorityAreas().stream().filter(a -> paths.stream().anyMatch(a::covers)).toList();
  }

  /**
   * Returns the sensitive data a finding touches: items declared in one of its files, or named in
   * its excerpt (for a dotted key, its last part).
   */
  List<SensitiveData> sensitiveData(List<String> paths, String excerpt) {
    String code = excerpt.toLowerCase(Locale.ROOT);
    return model.sensitiveData().stream().filter(item -> paths.contains(item.path())
        || named(code, item.name())).toList();
  }

  private static boolean named(String code, String name) {
    String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return !last.isEmpty() && Pattern.compile("(?<![\\w-])" + Pattern.quote(last) + "(?![\\w-])")
        .matcher(code).find();
  }

  /**
   * Returns the boundaries a finding crosses: that of its entry point (user or broker to service),
   * those of the model covering a file on the call chain or of the finding, and that of its rule's
   * sink (a SQL rule crosses service -> database).
   */
  List<BoundaryKind> boundaries(String ruleId, Reach reach, List<String> paths) {
    Set<BoundaryKind> kinds = new LinkedHashSet<>();
    if (!reach.entryPoints().isEmpty()) {
      EntryPoint entry = reach.entryPoints().get(0);
      if (entry.kind() == EntryPointKind.MESSAGE_LISTENER) kinds.add(BoundaryKind.BROKER_TO_SERVICE);
      else if (entry.kind() != EntryPointKind.SCHEDULED_JOB) kinds.add(BoundaryKind.USER_TO_SERVICE);
    }
    Set<String> files = new LinkedHashSet<>(paths);
    reach.chain().forEach(m -> graph.site(m).ifPresent(site -> files.add(site.path())));
    for (TrustBoundary boundary : model.boundaries()) {
      if (boundary.kind() == BoundaryKind.USER_TO_SERVICE || boundary.kind() == BoundaryKind.BROKER_TO_SERVICE) {
        continue;
      }
      if (files.stream().anyMatch(boundary::covers)) kinds.add(boundary.kind());
    }
    sinkBoundary(ruleId).ifPresent(kinds::add);
    return List.copyOf(kinds);
  }

  private static Optional<BoundaryKind> sinkBoundary(String ruleId) {
    String rule = ruleId.toLowerCase(Locale.ROOT);
    if (rule.contains("sql") || rule.contains("ldap")) return Optional.of(BoundaryKind.SERVICE_TO_DATABASE);
    if (rule.contains("ssrf")) return Optional.of(BoundaryKind.SERVICE_TO_OUTBOUND_HTTP);
    if (rule.contains("path") || rule.contains("zip") || rule.contains("file")) {
      return Optional.of(BoundaryKind.SERVICE_TO_FILE_SYSTEM);
    }
    if (rule.startsWith("ci.")) return Optional.of(BoundaryKind.CI_TO_PRODUCTION);
    return Optional.empty();
  }
}

package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes each finding's impact from the model: which entry point reaches it and through which
 * methods, across which boundaries, touching which sensitive data.
 */
public final class ImpactReasoning {
  private final ModelLookup lookup;

  /** Creates the reasoning for {@code model} over {@code graph}. */
  public ImpactReasoning(ThreatModel model, CallGraph graph) {
    this.lookup = new ModelLookup(model, graph);
  }

  /** Returns the impact of {@code finding}. */
  public Impact explain(Finding finding) {
    List<Location> locations = ModelLookup.locations(finding);
    List<String> paths = ModelLookup.paths(locations);
    Reach reach = lookup.reach(locations);
    List<BoundaryKind> boundaries = lookup.boundaries(finding.ruleId(), reach, paths);
    List<SensitiveData> sensitive = lookup.sensitiveData(paths, finding.excerpt());

    StringBuilder text = new StringBuilder(switch (reach.status()) {
      case FROM_REMOTE_ENTRY, FROM_LOCAL_ENTRY -> {
        EntryPoint entry = reach.entryPoints().get(0);
        yield "Reached from " + entry.describe() + " (" + entry.where() + ")"
            + (reach.chain().size() > 1 ? " through " + reach.chain().stream()
                .map(MethodId::shortName).collect(Collectors.joining(" -> ")) : "")
            + (reach.entryPoints().size() > 1
                ? " and " + (reach.entryPoints().size() - 1) + " other entry point(s)" : "")
            + ".";
      }
      case NOT_REACHED -> "No entry point of the threat model reaches this code through the call graph.";
      case UNKNOWN -> "Not inside a method of the call graph, so no entry point is known to reach it.";
    });
    if (!boundaries.isEmpty() || !sensitive.isEmpty()) {
      text.append(' ');
      if (!boundaries.isEmpty()) {
        text.append("It crosses ").append(boundaries.stream().map(BoundaryKind::describe)
            .collect(Collectors.joining(", ")));
      }
      if (!sensitive.isEmpty()) {
        text.append(boundaries.isEmpty() ? "It touches " : " and touches ")
            .append(sensitive.stream().limit(3).map(s -> s.name() + " (" + s.category().label() + ")")
                .collect(Collectors.joining(", ")));
      }
      text.append('.');
    }
    return new Impact(reach, boundaries, sensitive, text.toString());
  }
}

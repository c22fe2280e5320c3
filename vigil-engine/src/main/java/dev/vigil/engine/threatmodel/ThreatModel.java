package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository's threat model: what it is, where input enters, which boundaries it crosses, which
 * data is sensitive, which code to review first, what is out of scope, what the team assumes, and
 * free notes. Inference writes a draft; people edit it as YAML ({@link ThreatModelYaml}). Lists
 * are never null.
 */
public record ThreatModel(
    @JsonProperty(required = true) RepositoryType repositoryType,
    List<TypeEvidence> typeEvidence,
    List<EntryPoint> entryPoints,
    List<TrustBoundary> boundaries,
    List<SensitiveData> sensitiveData,
    List<PriorityArea> priorityAreas,
    List<OutOfScope> outOfScope,
    List<String> assumptions,
    String notes) {

  public ThreatModel {
    Objects.requireNonNull(repositoryType, "repositoryType == null");
    typeEvidence = Items.copyOf(typeEvidence);
    entryPoints = Items.copyOf(entryPoints);
    boundaries = Items.copyOf(boundaries);
    sensitiveData = Items.copyOf(sensitiveData);
    priorityAreas = Items.copyOf(priorityAreas);
    outOfScope = Items.copyOf(outOfScope);
    assumptions = Items.copyOf(assumptions);
    notes = notes == null ? "" : notes;
  }

  /** Returns a model of {@code type} with nothing else in it. */
  public static ThreatModel empty(RepositoryType type) {
    return new ThreatModel(type, null, null, null, null, null, null, null, null);
  }

  /** Returns the first out-of-scope rule covering {@code path}, if any. */
  public Optional<OutOfScope> outOfScopeRuleFor(String path) {
    return outOfScope.stream().filter(rule -> rule.covers(path)).findFirst();
  }

  /** Returns this model with another repository type. */
  public ThreatModel withRepositoryType(RepositoryType type) {
    return new ThreatModel(type, typeEvidence, entryPoints, boundaries, sensitiveData,
        priorityAreas, outOfScope, assumptions, notes);
  }

  /** Returns this model with other entry points. */
  public ThreatModel withEntryPoints(List<EntryPoint> points) {
    return new ThreatModel(repositoryType, typeEvidence, points, boundaries, sensitiveData,
        priorityAreas, outOfScope, assumptions, notes);
  }

  /** Returns this model with other priority areas. */
  public ThreatModel withPriorityAreas(List<PriorityArea> areas) {
    return new ThreatModel(repositoryType, typeEvidence, entryPoints, boundaries, sensitiveData,
        areas, outOfScope, assumptions, notes);
  }

  /** Returns this model with other out-of-scope rules. */
  public ThreatModel withOutOfScope(List<OutOfScope> rules) {
    return new ThreatModel(repositoryType, typeEvidence, entryPoints, boundaries, sensitiveData,
        priorityAreas, rules, assumptions, notes);
  }

  /** Returns this model with other assumptions and notes. */
  public ThreatModel withAssumptions(List<String> newAssumptions, String newNotes) {
    return new ThreatModel(repositoryType, typeEvidence, entryPoints, boundaries, sensitiveData,
        priorityAreas, outOfScope, newAssumptions, newNotes);
  }
}

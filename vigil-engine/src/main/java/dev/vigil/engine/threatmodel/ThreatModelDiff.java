package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one model to another. Entry points are the same when kind and name are (a
 * moved line is no change); boundaries and priority areas when kind and paths are; every other
 * item when it is equal. A changed item shows as removed and added.
 */
public record ThreatModelDiff(
    RepositoryType oldType,
    RepositoryType newType,
    List<EntryPoint> addedEntryPoints,
    List<EntryPoint> removedEntryPoints,
    List<TrustBoundary> addedBoundaries,
    List<TrustBoundary> removedBoundaries,
    List<SensitiveData> addedSensitiveData,
    List<SensitiveData> removedSensitiveData,
    List<PriorityArea> addedPriorityAreas,
    List<PriorityArea> removedPriorityAreas,
    List<OutOfScope> addedOutOfScope,
    List<OutOfScope> removedOutOfScope,
    List<String> addedAssumptions,
    List<String> removedAssumptions,
    boolean notesChanged) {

  public ThreatModelDiff {
    Objects.requireNonNull(oldType, "oldType == null");
    Objects.requireNonNull(newType, "newType == null");
    addedEntryPoints = List.copyOf(addedEntryPoints);
    removedEntryPoints = List.copyOf(removedEntryPoints);
    addedBoundaries = List.copyOf(addedBoundaries);
    removedBoundaries = List.copyOf(removedBoundaries);
    addedSensitiveData = List.copyOf(addedSensitiveData);
    removedSensitiveData = List.copyOf(removedSensitiveData);
    addedPriorityAreas = List.copyOf(addedPriorityAreas);
    removedPriorityAreas = List.copyOf(removedPriorityAreas);
    addedOutOfScope = List.copyOf(addedOutOfScope);
    removedOutOfScope = List.copyOf(removedOutOfScope);
    addedAssumptions = List.copyOf(addedAssumptions);
    removedAssumptions = List.copyOf(removedAssumptions);
  }

  /** Returns what changed from {@code older} to {@code newer}. */
  public static ThreatModelDiff between(ThreatModel older, ThreatModel newer) {
    Function<EntryPoint, String> entryKey = e -> e.kind().label() + " " + e.name();
    return new ThreatModelDiff(older.repositoryType(), newer.repositoryType(),
        minus(newer.entryPoints(), older.entryPoints(), entryKey),
        minus(older.entryPoints(), newer.entryPoints(), entryKey),
        minus(newer.boundaries(), older.boundaries(), b -> b),
        minus(older.boundaries(), newer.boundaries(), b -> b),
        minus(newer.sensitiveData(), older.sensitiveData(), s -> s),
        minus(older.sensitiveData(), newer.sensitiveData(), s -> s),
        minus(newer.priorityAreas(), older.priorityAreas(), a -> a),
        minus(older.priorityAreas(), newer.priorityAreas(), a -> a),
        minus(newer.outOfScope(), older.outOfScope(), o -> o),
        minus(older.outOfScope(), newer.outOfScope(), o -> o),
        minus(newer.assumptions(), older.assumptions(), a -> a),
        minus(older.assumptions(), newer.assumptions(), a -> a),
        !older.notes().equals(newer.notes()));
  }

  private static <T> List<T> minus(List<T> from, List<T> without, Function<T, ?> key) {
    Set<Object> keys = without.stream().map(key).collect(Collectors.toSet());
    return from.stream().filter(item -> !keys.contains(key.apply(item))).toList();
  }

  /** Returns true if the repository type changed. */
  public boolean typeChanged() {
    return oldType != newType;
  }

  /** Returns true if nothing changed. */
  public boolean isEmpty() {
    return describe().isEmpty();
  }

  /** Returns one line per change, e.g. {@code + entry point webhook POST /hooks (A.java:9)}. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    if (typeChanged()) lines.add("repository type: " + oldType.label() + " -> " + newType.label());
    addedEntryPoints.forEach(e -> lines.add("+ entry point " + e.kind().label() + " " + e.name()
        + " (" + e.where() + ")"));
    removedEntryPoints.forEach(e -> lines.add("- entry point " + e.kind().label() + " " + e.name()));
    addedBoundaries.forEach(b -> lines.add("+ boundary " + b.kind().describe() + " " + b.paths()));
    removedBoundaries.forEach(b -> lines.add("- boundary " + b.kind().describe() + " " + b.paths()));
    addedSensitiveData.forEach(s -> lines.add("+ sensitive data " + s.describe()));
    removedSensitiveData.forEach(s -> lines.add("- sensitive data " + s.describe()));
    addedPriorityAreas.forEach(a -> lines.add("+ priority area " + a.kind().label() + " " + a.paths()));
    removedPriorityAreas.forEach(a -> lines.add("- priority area " + a.kind().label() + " " + a.paths()));
    addedOutOfScope.forEach(o -> lines.add("+ " + o.describe()));
    removedOutOfScope.forEach(o -> lines.add("- " + o.describe()));
    addedAssumptions.forEach(a -> lines.add("+ assumption " + a));
    removedAssumptions.forEach(a -> lines.add("- assumption " + a));
    if (notesChanged) lines.add("notes changed");
    return lines;
  }
}

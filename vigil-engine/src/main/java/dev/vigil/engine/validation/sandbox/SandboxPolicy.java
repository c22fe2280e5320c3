package dev.vigil.engine.validation.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How one command runs in the sandbox: its phase, the work tree (the only writable host folder),
 * the environment's dependency cache (writable in setup, read-only later; null = none), limits,
 * plain environment variables, the secrets (set as variables in setup only, masked in every
 * phase's output), host folders shown read-only and host folders never shown.
 */
public record SandboxPolicy(Phase phase, Path workTree, Path cache, Limits limits,
    Map<String, String> environment, Map<String, String> secrets, List<Path> readOnly,
    List<Path> hidden) {
  public SandboxPolicy {
    if (phase == null) throw new IllegalArgumentException("phase == null");
    if (workTree == null) throw new IllegalArgumentException("workTree == null");
    if (limits == null) throw new IllegalArgumentException("limits == null");
    workTree = workTree.toAbsolutePath().normalize();
    cache = cache == null ? null : cache.toAbsolutePath().normalize();
    environment = Map.copyOf(environment);
    secrets = Map.copyOf(secrets);
    readOnly = readOnly.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    hidden = hidden.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** Returns a policy of {@code phase} over a work tree, with default limits and nothing else. */
  public static SandboxPolicy of(Phase phase, Path workTree) {
    return new SandboxPolicy(phase, workTree, null, Limits.defaults(), Map.of(), Map.of(), List.of(), List.of());
  }

  /** Returns a policy of {@code phase} over a checked-out tree, its Git folder readable so Git works inside. */
  public static SandboxPolicy of(Phase phase, WorkTree tree) {
    return of(phase, tree.path()).withReadOnly(tree.gitDir());
  }

  /** Returns this policy with the environment's cache folder. */
  public SandboxPolicy withCache(Path folder) {
    return new SandboxPolicy(phase, workTree, folder, limits, environment, secrets, readOnly, hidden);
  }

  /** Returns this policy with other limits. */
  public SandboxPolicy withLimits(Limits value) {
    return new SandboxPolicy(phase, workTree, cache, value, environment, secrets, readOnly, hidden);
  }

  /** Returns this policy with more plain environment variables (later ones win). */
  public SandboxPolicy withEnvironment(Map<String, String> variables) {
    Map<String, String> merged = new TreeMap<>(environment);
    merged.putAll(variables);
    return new SandboxPolicy(phase, workTree, cache, limits, merged, secrets, readOnly, hidden);
  }

  /** Returns this policy with the environment's secrets: variables in setup, masked in every phase. */
  public SandboxPolicy withSecrets(Map<String, String> values) {
    return new SandboxPolicy(phase, workTree, cache, limits, environment, values, readOnly, hidden);
  }

  /** Returns this policy with one more host folder shown read-only at its own path. */
  public SandboxPolicy withReadOnly(Path folder) {
    return new SandboxPolicy(phase, workTree, cache, limits, environment, secrets,
        Stream.concat(readOnly.stream(), Stream.of(folder)).toList(), hidden);
  }

  /** Returns this policy with one more host path that is never visible (e.g. Vigil's data folder). */
  public SandboxPolicy withHidden(Path path) {
    return new SandboxPolicy(phase, workTree, cache, limits, environment, secrets, readOnly,
        Stream.concat(hidden.stream(), Stream.of(path)).toList());
  }

  /** Returns the variables the command sees: the plain ones, and the secrets in setup only. */
  public Map<String, String> visibleVariables() {
    Map<String, String> variables = new TreeMap<>(environment);
    if (phase.trusted()) variables.putAll(secrets);
    return variables;
  }
}

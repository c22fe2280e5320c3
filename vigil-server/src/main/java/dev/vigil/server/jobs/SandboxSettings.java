package dev.vigil.server.jobs;

import dev.vigil.engine.validation.harness.MarkerHarness;
import dev.vigil.engine.validation.sandbox.Environment;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Limits;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.server.store.EnvironmentRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the sandbox's work trees, caches and harness agent live, what stays hidden from it, each
 * step's limits and how many marker harnesses one scan's validation may run; shared by health
 * checks and validation so both run an environment alike.
 */
public record SandboxSettings(Path workRoot, Path cacheRoot, Path dataDir, Limits limits, int harnessRuns) {
  /** The environment variable that sets {@link #harnessRuns}. */
  public static final String HARNESS_RUNS_VARIABLE = "VIGIL_HARNESS_RUNS";

  public SandboxSettings {
    if (harnessRuns < 0) throw new IllegalArgumentException("harnessRuns < 0: " + harnessRuns);
  }

  /**
   * Returns the settings for a data folder: work trees and caches in it, the folder hidden, default
   * limits and the default cap of harness runs per scan.
   */
  public static SandboxSettings in(Path dataDir) {
    return new SandboxSettings(dataDir.resolve("sandbox").resolve("work"), dataDir.resolve("sandbox").resolve("cache"),
        dataDir, Limits.defaults(), MarkerHarness.DEFAULT_RUNS);
  }

  /** Returns these settings with the cap of harness runs per scan from {@code value} (the variable's text), if set. */
  public SandboxSettings withHarnessRuns(String value) {
    if (value == null || value.isBlank()) return this;
    try {
      return new SandboxSettings(workRoot, cacheRoot, dataDir, limits, Integer.parseInt(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(HARNESS_RUNS_VARIABLE + " must be a whole number of at least 0, got '"
          + value + "'", e);
    }
  }

  /** Returns the folder the validation harness's agent jars are written to. */
  public Path agentFolder() {
    return workRoot.resolveSibling("agent");
  }

  /** Returns how {@code environment} runs in {@code sandbox}: its cache folder, these limits, the data folder hidden. */
  public EnvironmentRun run(Sandbox sandbox, EnvironmentRecord environment, Map<String, String> secrets) {
    Environment spec = new Environment(environment.name(), environment.setupScript(), environment.buildCommand(),
        environment.testCommand(), secrets, cacheRoot.resolve("environment-" + environment.id()));
    return new EnvironmentRun(sandbox, spec, limits, List.of(dataDir));
  }
}

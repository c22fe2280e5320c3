package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.git.TreeScan;
import dev.vigil.engine.validation.ValidationStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a patch on a throwaway tree (a work tree of the finding's commit, never the user's
 * files): writes the patched files, re-runs the analyzers over the tree, and records whether the
 * finding is gone and nothing new appeared, whether the Java still parses, and, where an
 * environment exists, whether it builds in the sandbox (an optional {@link BuildCheck}).
 */
public final class PatchValidator {
  /** Builds (and tests) a patched tree; the server's runs the environment's commands in the sandbox, offline. */
  @FunctionalInterface
  public interface BuildCheck {
    /** Returns the build step of the patched tree at {@code tree}. */
    ValidationStep build(Path tree);
  }

  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final Optional<BuildCheck> build;

  public PatchValidator(List<Analyzer> analyzers, AnalysisCache cache, Optional<BuildCheck> build) {
    this.analyzers = List.copyOf(analyzers);
    this.cache = cache;
    this.build = build;
  }

  /**
   * Returns the record of {@code patch} for {@code finding} on {@code tree}, a writable throwaway
   * copy holding the unpatched files, which this method patches.
   */
  public PatchValidation validate(Path tree, Finding finding, RemediationPatch patch) {
    List<ValidationStep> steps = new ArrayList<>();
    List<Finding> before = scan(tree);
    try {
      for (FileEdit edit : patch.edits()) {
        Path file = tree.resolve(edit.path()).normalize();
        if (!file.startsWith(tree) || !Files.readString(file, StandardCharsets.UTF_8).equals(edit.before())) {
          steps.add(ValidationStep.failed("applies", edit.path() + " in the tree differs from the patch's original."));
          return PatchValidation.of(steps);
        }
        Files.writeString(file, edit.after(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot patch the throwaway tree " + tree + ": " + e.getMessage(), e);
    }
    steps.add(ValidationStep.passed("applies", "The patch applies to " + String.join(", ", patch.files()) + "."));
    steps.addAll(Reanalysis.compare(finding, patch, before, scan(tree)));
    steps.add(SyntaxCheck.of(patch));
    steps.add(build.map(b -> b.build(tree)).orElseGet(() -> ValidationStep.notApplicable("build",
        "Building the patched tree needs an environment; there is none.")));
    return PatchValidation.of(steps);
  }

  private List<Finding> scan(Path tree) {
    return new TreeScan(analyzers, cache, PassOptions.defaults()).run(tree).findings().stream()
        .map(TrackedFinding::finding).toList();
  }
}

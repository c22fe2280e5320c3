package dev.vigil.cli;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchValidator;
import dev.vigil.engine.fix.Proposal;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.fix.Remediation;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.TreeFiles;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.git.TreeScan;
import dev.vigil.engine.analysis.AnalysisCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil fix}: the patch for one finding of a working tree, printed as a diff or applied. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
        "Proposes a patch for one finding of the files under PATH (as 'vigil scan --tree' reports them),",
        "validates it on a throwaway copy (the finding is gone on re-analysis, nothing new, the code parses),",
        "and prints it as a unified diff, or applies it with --apply.",
        "Exit status: 0 patched, 2 bad input, 4 no safe automatic fix (the reason is printed)."})
final class FixCommand implements Callable<Integer> {
  /** Exit status when the finding has no safe automatic fix. */
  static final int EXIT_NO_FIX = 4;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "Working tree (or folder) holding the finding.")
  Path path;

  @Option(names = "--finding", paramLabel = "FINGERPRINT", required = true,
      description = "The finding's fingerprint (or a unique prefix of it), from 'vigil scan --tree PATH --format json'.")
  String fingerprint;

  @Option(names = "--apply", description = "Write the patched files into PATH instead of printing the diff.")
  boolean apply;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Analyzer> analyzers = AnalyzerRegistry.builtIn().all();
    AnalysisCache cache = new InMemoryAnalysisCache();
    List<TrackedFinding> matches = new TreeScan(analyzers, cache, PassOptions.defaults()).run(path).findings().stream()
        .filter(f -> f.fingerprint().startsWith(fingerprint)).toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException(matches.isEmpty()
          ? "no finding with fingerprint '" + fingerprint + "' under " + path + " (see 'vigil scan --tree " + path + " --format json')"
          : "fingerprint '" + fingerprint + "' matches " + matches.size() + " findings: give more of it");
    }
    TrackedFinding target = matches.get(0);
    Proposal proposal = Remediation.standard().propose(target.finding(), SourceFiles.in(path));
    if (proposal instanceof Proposal.Refused refused) {
      err.println("vigil: no safe automatic fix for " + target.finding().ruleId() + " at "
          + target.finding().location().path() + ":" + target.finding().location().line() + ": " + refused.reason());
      return EXIT_NO_FIX;
    }
    RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
    PatchValidation validation = validateOnCopy(analyzers, cache, target, patch);
    err.println("vigil: " + patch.rationale());
    patch.notes().forEach(note -> err.println("vigil: note: " + note));
    err.println("vigil: validation " + validation.verdict().label() + ": " + String.join(" ",
        validation.steps().stream().map(s -> s.name() + " " + s.status().label()).toList()));
    if (!apply) {
      out.print(patch.diff());
      out.flush();
      return 0;
    }
    for (FileEdit edit : patch.edits()) {
      if (!TreeFiles.apply(path, edit)) {
        err.println("vigil: " + edit.path() + " changed since it was read, or is a symbolic link: nothing more written");
        return 2;
      }
    }
    err.println("vigil: patched " + String.join(", ", patch.files()));
    return 0;
  }

  /** Validates on a copy of the tree (without .git), so the user's files change only with --apply. */
  private PatchValidation validateOnCopy(List<Analyzer> analyzers, AnalysisCache cache, TrackedFinding target,
      RemediationPatch patch) throws IOException {
    Path copy = Files.createTempDirectory("vigil-fix-");
    try {
      copyTree(path, copy);
      return new PatchValidator(analyzers, cache, Optional.empty()).validate(copy.toRealPath(), target.finding(), patch);
    } finally {
      try (Stream<Path> files = Files.walk(copy)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) return FileVisitResult.SKIP_SUBTREE;
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) Files.copy(file, to.resolve(from.relativize(file).toString()));
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

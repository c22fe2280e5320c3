package dev.vigil.engine.git;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Analyses every file of a directory once, without history: a Git working tree or a plain folder.
 * Symbolic links are reported and never followed; {@code .git} folders are not entered. Blobs are
 * identified by their Git blob id, so the cache is shared with history passes.
 */
public final class TreeScan {
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final PassOptions options;

  public TreeScan(List<Analyzer> analyzers, AnalysisCache cache, PassOptions options) {
    if (analyzers.isEmpty()) throw new IllegalArgumentException("no analyzers selected");
    this.analyzers = List.copyOf(analyzers);
    this.cache = Objects.requireNonNull(cache, "cache == null");
    this.options = Objects.requireNonNull(options, "options == null");
  }

  /** Returns the findings in the files under {@code root}; all are present, none has commits. */
  public ScanResult run(Path root) {
    if (!Files.isDirectory(root)) {
      throw new ScanInputException("not a directory: " + root);
    }
    long start = System.nanoTime();
    Map<String, BlobContent> contents = new HashMap<>();
    BlobAnalysis blobs = new BlobAnalysis(analyzers, cache, contents::get, options.scope());
    ProjectAnalysis project = new ProjectAnalysis(analyzers, cache, blobs::content, blobs::skip);
    Map<String, List<Finding>> own = new LinkedHashMap<>();
    Map<String, String> blobIds = new HashMap<>();
    ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
    try {
      blobs.ignore(IgnoreRules.in(root));
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String path = relative(root, file);
          if (!blobs.tracks(path)) return FileVisitResult.CONTINUE;
          if (attrs.isSymbolicLink()) {
            blobs.skip(new SkippedFile(path, "", null, SkippedFile.Reason.SYMLINK, ""));
          } else if (attrs.isRegularFile()) {
            BlobContent content = read(file, attrs.size());
            String blobId = content.isSkipped()
                ? "file:" + path
                : hasher.idFor(Constants.OBJ_BLOB, content.bytes()).name();
            contents.put(blobId, content);
            own.put(path, blobs.findings(path, path, blobId, null));
            project.put(path, blobId, null);
            blobIds.put(path, blobId);
            contents.remove(blobId);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          blobs.skip(new SkippedFile(relative(root, file), "", null,
              SkippedFile.Reason.UNREADABLE, String.valueOf(e.getMessage())));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new ScanInputException("cannot read directory " + root + ": " + e.getMessage(), e);
    }
    List<TrackedFinding> findings = present(own, project.analyse(null), blobIds);
    List<TrackedFinding> refined = HeadRefinement.apply(analyzers, findings,
        wanted -> folderFiles(root, wanted.and(path -> !blobs.ignoreRules().ignores(path))));
    return new ScanResult(refined, blobs.skipped(), null, 0, blobs.stats(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Returns the findings of every file, per-file analyzers' and project analyzers', each once: a
   * flow reported from two files is one finding.
   */
  private static List<TrackedFinding> present(Map<String, List<Finding>> own,
      Map<String, List<Finding>> fromProject, Map<String, String> blobIds) {
    Map<String, TrackedFinding> findings = new LinkedHashMap<>();
    Set<String> paths = new LinkedHashSet<>(own.keySet());
    paths.addAll(fromProject.keySet());
    for (String path : paths) {
      List<Finding> found = new ArrayList<>(own.getOrDefault(path, List.of()));
      found.addAll(fromProject.getOrDefault(path, List.of()));
      List<String> fingerprints = Fingerprints.of(found);
      for (int i = 0; i < found.size(); i++) {
        Finding finding = found.get(i);
        String located = finding.location().path();
        Sighting seen = new Sighting(null, located, finding.location().line(),
            blobIds.getOrDefault(located, ""));
        findings.putIfAbsent(fingerprints.get(i), new TrackedFinding(fingerprints.get(i), finding,
            null, null, true, 1, List.of(seen)));
      }
    }
    return new ArrayList<>(findings.values());
  }

  /** Returns the folder's text files accepted by {@code wanted}, within the context size caps. */
  private Map<String, String> folderFiles(Path root, java.util.function.Predicate<String> wanted) {
    Map<String, String> files = new HashMap<>();
    try (var paths = Files.walk(root)) {
      long total = 0;
      for (Path file : (Iterable<Path>) paths::iterator) {
        if (total >= HeadRefinement.MAX_TOTAL_BYTES) break;
        String path = relative(root, file);
        if (path.startsWith(".git/") || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            || !options.scope().includes(path) || !wanted.test(path)
            || Files.size(file) > HeadRefinement.MAX_FILE_BYTES) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (RawText.isBinary(bytes)) continue;
        files.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        total += bytes.length;
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Context is a refinement: without it the findings stay as the scan found them.
    }
    return files;
  }

  private BlobContent read(Path file, long size) {
    if (size > options.maxBlobBytes()) {
      return BlobContent.skipped(SkippedFile.Reason.TOO_LARGE,
          size + " bytes, cap " + options.maxBlobBytes());
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return RawText.isBinary(bytes)
          ? BlobContent.skipped(SkippedFile.Reason.BINARY, "") : BlobContent.of(bytes);
    } catch (IOException e) {
      return BlobContent.skipped(SkippedFile.Reason.UNREADABLE, String.valueOf(e.getMessage()));
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}

package dev.vigil.server.web;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.secrets.SecretsAnalyzer;
import dev.vigil.engine.git.Sighting;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The code a reviewer needs to judge a finding without opening the repository: the sink with
 * {@link #CONTEXT} lines before and after, read from the blob of the finding's newest sighting, and
 * each evidence step's line with {@link #STEP_CONTEXT} lines around it, read from its file at that
 * sighting's commit. Lines holding a secret the secrets rules find are replaced by the rules' masked
 * excerpt, as scans report them. When a blob cannot be read (a remote not mirrored, a file too big
 * or binary), the excerpt the analyzer stored is shown instead.
 */
public final class FindingCode {
  /** Lines shown before and after the sink. */
  public static final int CONTEXT = 5;
  /** Lines shown before and after an evidence step. */
  public static final int STEP_CONTEXT = 2;
  /** The largest blob read for context. */
  static final long MAX_BLOB_BYTES = 2L * 1024 * 1024;
  private static final int MAX_STORED_LINES = 40;
  private static final String HIDDEN = "••• (part of a secret, hidden)";

  private final RepositoryStore repositories;
  private final RepositoryMirrors mirrors;
  private final SecretsAnalyzer secrets = SecretsAnalyzer.withBuiltInRules();

  public FindingCode(RepositoryStore repositories, RepositoryMirrors mirrors) {
    this.repositories = repositories;
    this.mirrors = mirrors;
  }

  /** One numbered line; {@code hit} marks the line the finding or step points at. */
  public record Line(int number, String text, boolean hit) {}

  /**
   * The lines around one place: its file and line, the commit they were read at (null when they
   * are the analyzer's stored excerpt), and the numbered lines.
   */
  public record Excerpt(String path, int line, String commit, List<Line> lines) {
    public Excerpt {
      lines = List.copyOf(lines);
    }
  }

  /** The sink's excerpt and one excerpt per evidence step, in the evidence's order. */
  public record Code(Excerpt sink, List<Excerpt> steps) {
    public Code {
      steps = List.copyOf(steps);
    }
  }

  /** Returns the code of {@code finding}, with evidence and sightings loaded. */
  public Code of(FindingRecord finding) {
    Optional<Sighting> newest = finding.sightings().stream()
        .filter(s -> s.blobId() != null && !s.blobId().isEmpty() && s.path().equals(finding.path()))
        .findFirst();
    Optional<RepositoryRecord> repository = repositories.find(finding.repositoryId());
    Optional<Repository> git = newest.isEmpty() || repository.isEmpty() ? Optional.empty()
        : mirrors.openFetched(repository.get());
    try (Blobs blobs = new Blobs(git.orElse(null))) {
      String commit = newest.map(Sighting::commitSha).orElse(null);
      Excerpt sink = newest.flatMap(s -> blobs.lines(s.path(), s.blobId()))
          .map(lines -> window(finding.path(), finding.line(), commit, lines, CONTEXT))
          .orElseGet(() -> stored(finding.path(), finding.line(), finding.excerpt()));
      List<Excerpt> steps = new ArrayList<>();
      for (EvidenceStep step : finding.evidence()) {
        String path = step.location().path();
        int line = step.location().line();
        Optional<String> blob = path.equals(finding.path()) ? newest.map(Sighting::blobId)
            : blobs.blobAt(commit, path);
        steps.add(blob.flatMap(id -> blobs.lines(path, id))
            .map(lines -> window(path, line, commit, lines, STEP_CONTEXT))
            .orElseGet(() -> stored(path, line, step.code())));
      }
      return new Code(sink, steps);
    }
  }

  private static Excerpt window(String path, int line, String commit, String[] lines, int context) {
    List<Line> shown = new ArrayList<>();
    int from = Math.max(1, line - context);
    int to = Math.min(lines.length, line + context);
    for (int number = from; number <= to; number++) {
      shown.add(new Line(number, lines[number - 1], number == line));
    }
    return new Excerpt(path, line, commit, shown);
  }

  /** Returns the analyzer's stored excerpt, which starts at {@code line}, numbered from there. */
  private static Excerpt stored(String path, int line, String excerpt) {
    List<Line> lines = new ArrayList<>();
    if (excerpt != null && !excerpt.isBlank()) {
      String[] texts = excerpt.split("\n", -1);
      for (int i = 0; i < texts.length && i < MAX_STORED_LINES; i++) {
        lines.add(new Line(line + i, texts[i].replace("\r", ""), i == 0));
      }
    }
    return new Excerpt(path, line, null, lines);
  }

  /** Reads blobs of one repository (none when it is null), masked and cached by id. */
  private final class Blobs implements AutoCloseable {
    private final Repository git;
    private final Map<String, Optional<String[]>> cache = new HashMap<>();

    Blobs(Repository git) {
      this.git = git;
    }

    /** Returns the id of the blob at {@code path} in {@code commit}, if both exist. */
    Optional<String> blobAt(String commit, String path) {
      if (git == null || commit == null) return Optional.empty();
      try (RevWalk walk = new RevWalk(git);
           TreeWalk tree = TreeWalk.forPath(git, path, walk.parseCommit(ObjectId.fromString(commit)).getTree())) {
        return tree == null ? Optional.empty() : Optional.of(tree.getObjectId(0).name());
      } catch (IOException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /** Returns the lines of a text blob with secrets masked, or empty if it cannot be shown. */
    Optional<String[]> lines(String path, String blobId) {
      return cache.computeIfAbsent(blobId, id -> read(path, id));
    }

    private Optional<String[]> read(String path, String blobId) {
      if (git == null) return Optional.empty();
      try {
        ObjectLoader loader = git.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BLOB_BYTES) return Optional.empty();
        byte[] bytes = loader.getBytes();
        if (RawText.isBinary(bytes)) return Optional.empty();
        // A final newline ends the last line; it starts no line of its own.
        String[] lines = new String(bytes, StandardCharsets.UTF_8).replace("\r", "").split("\n");
        for (Finding secret : secrets.analyze(new AnalysisContext(path, blobId, bytes))) {
          int first = secret.location().line();
          for (int line = first; line <= secret.location().endLine() && line <= lines.length; line++) {
            lines[line - 1] = line == first ? secret.excerpt() : HIDDEN;
          }
        }
        return Optional.of(lines);
      } catch (IOException | RuntimeException e) {
        // A blob that cannot be read or analysed falls back to the stored excerpt; never shown raw.
        return Optional.empty();
      }
    }

    @Override
    public void close() {
      if (git != null) git.close();
    }
  }
}

package dev.vigil.cli.bench.realcode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One project of the real-code precision set, read from its judgement file: the repository
 * ({@code owner/name}), the commit measured, its kind, the lines of main code counted when it was
 * judged, and the reviewers' judgements by fingerprint.
 */
public record RealCodeCase(String name, String repository, String commit, String kind,
    long mainLines, Map<String, Judgement> judgements) {

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public RealCodeCase {
    Objects.requireNonNull(name, "name == null");
    if (repository == null || !repository.matches("[^/\\s]+/[^/\\s]+")) {
      throw new IllegalArgumentException(name + ": repository must be owner/name, got " + repository);
    }
    if (commit == null || !commit.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException(name + ": commit must be a full 40-digit sha, got " + commit);
    }
    judgements = Map.copyOf(judgements);
  }

  /** Returns the judgement of the finding with {@code fingerprint}, or null if it has none. */
  public Judgement judgement(String fingerprint) {
    return judgements.get(fingerprint);
  }

  /** Returns the cases of every {@code *.yaml} file in {@code dir}, by file name. */
  public static List<RealCodeCase> loadAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no cases folder " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      List<RealCodeCase> cases = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        cases.add(load(file));
      }
      if (cases.isEmpty()) throw new IllegalArgumentException("no *.yaml case files in " + dir);
      return cases;
    }
  }

  /** Returns the case of one judgement file; its name is the file's name without {@code .yaml}. */
  public static RealCodeCase load(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    CaseFile parsed;
    try {
      parsed = YAML.readValue(file.toFile(), CaseFile.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    Map<String, Judgement> byFingerprint = new LinkedHashMap<>();
    for (Judgement judgement : parsed.judgements() == null ? List.<Judgement>of() : parsed.judgements()) {
      if (byFingerprint.put(judgement.fingerprint(), judgement) != null) {
        throw new IllegalArgumentException(file + ": fingerprint " + judgement.fingerprint()
            + " is judged twice");
      }
    }
    for (Judgement judgement : byFingerprint.values()) {
      if (judgement.supersededBy() != null && !byFingerprint.containsKey(judgement.supersededBy())) {
        throw new IllegalArgumentException(file + ": " + judgement.fingerprint() + " is superseded by "
            + judgement.supersededBy() + ", which is not judged in the file");
      }
    }
    return new RealCodeCase(name, parsed.repository(), parsed.commit(), parsed.kind(),
        parsed.mainLines(), byFingerprint);
  }

  /**
   * Returns whether the finding judged under {@code fingerprint} is still reported: under that
   * fingerprint or, when its judgement is superseded, under its successor's (transitively).
   */
  public boolean stillReported(String fingerprint, Set<String> reported) {
    String current = fingerprint;
    for (int step = 0; current != null && step <= judgements.size(); step++) {
      if (reported.contains(current)) return true;
      Judgement judgement = judgements.get(current);
      current = judgement == null ? null : judgement.supersededBy();
    }
    return false;
  }

  /** The layout of a judgement file. */
  private record CaseFile(String repository, String commit, String kind, long mainLines,
      List<Judgement> judgements) {}
}

package dev.vigil.cli.bench.realworld;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One published vulnerability of the real-world recall set: the repository ({@code owner/name})
 * and its kind, the advisory, the weakness (CWE), the commit that fixed it, the main-code files
 * the fix changes, and one line on the flaw.
 */
public record RealWorldCase(String id, String repository, String kind, String advisory, int cwe,
    String fix, List<String> files, String flaw) {

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public RealWorldCase {
    Objects.requireNonNull(id, "id == null");
    if (repository == null || !repository.matches("[^/\\s]+/[^/\\s]+")) {
      throw new IllegalArgumentException(id + ": repository must be owner/name, got " + repository);
    }
    if (fix == null || !fix.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException(id + ": fix must be a full 40-digit sha, got " + fix);
    }
    if (cwe <= 0) throw new IllegalArgumentException(id + ": cwe must be a CWE number, got " + cwe);
    if (files == null || files.isEmpty()) {
      throw new IllegalArgumentException(id + ": files must name the patched main-code files");
    }
    files = List.copyOf(files);
  }

  /**
   * Returns the cases of {@code path}: the cases of one file, or of every {@code *.yaml} file in
   * a folder, in file order; throws when an id is used twice.
   */
  public static List<RealWorldCase> loadAll(Path path) throws IOException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> listed = Files.list(path)) {
        files = listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      }
      if (files.isEmpty()) throw new IllegalArgumentException("no *.yaml case files in " + path);
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new IllegalArgumentException("--cases: no such file or folder " + path);
    }
    List<RealWorldCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      for (RealWorldCase c : load(file)) {
        if (!ids.add(c.id())) throw new IllegalArgumentException(file + ": case " + c.id() + " is listed twice");
        cases.add(c);
      }
    }
    return cases;
  }

  /** Returns the cases of one file: a repository, its kind, and its cases. */
  static List<RealWorldCase> load(Path file) throws IOException {
    CaseFile parsed;
    try {
      parsed = YAML.readValue(file.toFile(), CaseFile.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    if (parsed.cases() == null || parsed.cases().isEmpty()) {
      throw new IllegalArgumentException(file + ": no cases");
    }
    List<RealWorldCase> cases = new ArrayList<>();
    for (CaseEntry e : parsed.cases()) {
      try {
        cases.add(new RealWorldCase(e.id(), parsed.repository(), parsed.kind(), e.advisory(), e.cwe(),
            e.fix(), e.files(), e.flaw()));
      } catch (IllegalArgumentException | NullPointerException problem) {
        throw new IllegalArgumentException(file + ": " + problem.getMessage(), problem);
      }
    }
    return cases;
  }

  /** The layout of a case file. */
  private record CaseFile(String repository, String kind, List<CaseEntry> cases) {}

  /** The layout of one case in a case file. */
  private record CaseEntry(String id, String advisory, int cwe, String fix, List<String> files,
      String flaw) {}
}

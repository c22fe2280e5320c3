package dev.vigil.engine.threatmodel;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.List;

/** The fixture repositories under {@code threatmodel/} in the test resources, and in-memory trees. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the folder of fixture {@code name}. */
  static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/threatmodel/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the inference over fixture {@code name}. */
  static Inference infer(String name) {
    return new ThreatModelInference().infer(SourceTree.ofFolder(folder(name)));
  }

  /** Returns a tree of the given files (path, text, path, text...). */
  static SourceTree tree(String... pathsAndTexts) {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    return new SourceTree() {
      @Override
      public List<String> paths() {
        return List.copyOf(files.keySet());
      }

      @Override
      public Optional<String> read(String path) {
        return Optional.ofNullable(files.get(path));
      }

      @Override
      public List<String> skipped() {
        return List.of();
      }
    };
  }
}

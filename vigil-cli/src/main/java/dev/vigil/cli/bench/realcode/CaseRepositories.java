package dev.vigil.cli.bench.realcode;

import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.ScanInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/**
 * Finds a case's repository in a folder of clones: {@code DIR/OWNER+NAME/repo} (the layout of
 * fetched mirrors), {@code DIR/NAME} or {@code DIR/NAME.git}.
 */
public final class CaseRepositories {
  private final Path dir;

  /** Creates a finder of repositories under {@code dir}. */
  public CaseRepositories(Path dir) {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--repos: no such directory " + dir);
    this.dir = dir;
  }

  /** Opens the repository of {@code realCase}; throws {@link ScanInputException} naming the places tried. */
  public Repository open(RealCodeCase realCase) {
    List<Path> candidates = List.of(
        dir.resolve(realCase.repository().replace('/', '+')).resolve("repo"),
        dir.resolve(realCase.repositoryName()),
        dir.resolve(realCase.repositoryName() + ".git"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) return GitRepositories.open(candidate);
    }
    throw new ScanInputException(realCase.name() + ": repository " + realCase.repository()
        + " not found; looked for " + candidates.stream().map(Path::toString)
            .collect(Collectors.joining(", ")));
  }
}

package dev.vigil.cli.bench.realrepo;

import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.ScanInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Finds a case's repository in a folder of clones: {@code DIR/OWNER+NAME/repo} (the layout of
 * fetched mirrors), {@code DIR/NAME} or {@code DIR/NAME.git}; and a case's commit in it.
 */
public final class CaseRepositories {
  private final Path dir;

  /** Creates a finder of repositories under {@code dir}. */
  public CaseRepositories(Path dir) {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--repos: no such directory " + dir);
    this.dir = dir;
  }

  /**
   * Opens {@code repository} ({@code owner/name}) for the case {@code caseName}; throws
   * {@link ScanInputException} naming the places tried.
   */
  public Repository open(String caseName, String repository) {
    String name = repository.substring(repository.indexOf('/') + 1);
    List<Path> candidates = List.of(
        dir.resolve(repository.replace('/', '+')).resolve("repo"),
        dir.resolve(name),
        dir.resolve(name + ".git"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) return GitRepositories.open(candidate);
    }
    throw new ScanInputException(caseName + ": repository " + repository
        + " not found; looked for " + candidates.stream().map(Path::toString)
            .collect(Collectors.joining(", ")));
  }

  /**
   * Returns the commit {@code sha} of the case {@code caseName}; throws {@link ScanInputException}
   * when {@code repository} lacks it.
   */
  public static RevCommit commit(Repository repository, String caseName, String sha) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(ObjectId.fromString(sha));
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      throw new ScanInputException(caseName + ": commit " + sha + " is not in "
          + repository.getDirectory() + " (fetch it, or fix the case file)");
    } catch (IOException e) {
      throw new ScanInputException(caseName + ": cannot read " + repository.getDirectory()
          + ": " + e.getMessage(), e);
    }
  }
}

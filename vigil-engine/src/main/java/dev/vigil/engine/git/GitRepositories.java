package dev.vigil.engine.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Opens local repositories, with errors that name the path and say what was expected. */
public final class GitRepositories {
  private GitRepositories() {}

  /**
   * Returns the repository at {@code path}: a working tree with a {@code .git} folder or a bare
   * repository. Parent folders are not searched, so a sub-folder of a repository is an error.
   */
  public static Repository open(Path path) {
    if (!Files.exists(path)) throw new ScanInputException("no such directory: " + path);
    if (!Files.isDirectory(path)) throw new ScanInputException("not a directory: " + path);
    var gitDir = RepositoryCache.FileKey.resolve(path.toFile(), FS.DETECTED);
    if (gitDir == null) {
      throw new ScanInputException("not a Git repository: " + path
          + " (use --tree to scan a plain folder)");
    }
    try {
      return new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new ScanInputException("cannot open Git repository " + path + ": " + e.getMessage(), e);
    }
  }

  /** Returns the branch HEAD points to, or {@code HEAD} when it is detached. */
  public static String currentBranch(Repository repository) {
    try {
      String full = repository.getFullBranch();
      if (full == null) return Constants.HEAD;
      return full.startsWith(Constants.R_HEADS) ? Repository.shortenRefName(full) : Constants.HEAD;
    } catch (IOException e) {
      throw new ScanInputException("cannot read HEAD of " + repository.getDirectory() + ": "
          + e.getMessage(), e);
    }
  }
}

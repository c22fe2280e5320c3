package dev.vigil.server.jobs;

import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.ScanInputException;
import dev.vigil.server.store.RepositoryRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Gives the scanner a local repository for a connected one: a local path is opened in place; a Git
 * URL is mirrored (bare) under the data folder and fetched before each scan. Nothing from the
 * repository is ever executed here.
 */
public final class RepositoryMirrors {
  private final Path mirrorsDir;

  public RepositoryMirrors(Path mirrorsDir) {
    this.mirrorsDir = mirrorsDir;
  }

  /** Returns true if {@code url} names a local folder rather than a remote. */
  public static boolean isLocal(String url) {
    return !url.contains("://") && !url.matches("^[\\w.-]+@[\\w.-]+:.*");
  }

  /**
   * Opens what is already here without fetching (a local path, or a mirror a scan fetched), to read
   * objects a scan saw; empty if a remote was never mirrored. The caller closes it.
   */
  public java.util.Optional<Repository> openFetched(RepositoryRecord repository) {
    if (isLocal(repository.url())) return java.util.Optional.of(GitRepositories.open(Path.of(repository.url())));
    Path mirror = mirrorOf(repository);
    if (!Files.isDirectory(mirror)) return java.util.Optional.empty();
    try {
      return java.util.Optional.of(new FileRepositoryBuilder().setGitDir(mirror.toFile()).setMustExist(true).build());
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** Opens the repository, fetching a remote first; the caller closes it. */
  public Repository open(RepositoryRecord repository, String credential) {
    if (isLocal(repository.url())) return GitRepositories.open(Path.of(repository.url()));
    Path mirror = mirrorOf(repository);
    try {
      CredentialsProvider credentials = credentials(credential);
      if (!Files.exists(mirror)) {
        Files.createDirectories(mirrorsDir);
        Git.cloneRepository().setURI(repository.url()).setDirectory(mirror.toFile()).setBare(true)
            .setCloneAllBranches(true).setCredentialsProvider(credentials).call().close();
      } else {
        try (Git git = Git.open(mirror.toFile())) {
          git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"))
              .setRemoveDeletedRefs(true).setCredentialsProvider(credentials).call();
        }
      }
      return new FileRepositoryBuilder().setGitDir(mirror.toFile()).setMustExist(true).build();
    } catch (GitAPIException | IOException | RuntimeException e) {
      throw new ScanInputException("cannot fetch " + repository.url() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the Git credentials of a repository's credential ({@code user:password}, or a token
   * alone, sent as GitHub's {@code x-access-token}); null when it has none.
   */
  public static CredentialsProvider credentials(String credential) {
    if (credential == null) return null;
    int colon = credential.indexOf(':');
    return colon < 0 ? new UsernamePasswordCredentialsProvider("x-access-token", credential)
        : new UsernamePasswordCredentialsProvider(credential.substring(0, colon), credential.substring(colon + 1));
  }

  private Path mirrorOf(RepositoryRecord repository) {
    return mirrorsDir.resolve("repo-" + repository.id() + ".git");
  }
}

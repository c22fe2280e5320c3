package dev.vigil.engine.threatmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * The files of one version of a repository, as inference reads them. Paths are relative, with
 * {@code /}. {@link #read} returns empty for a file that is binary, larger than
 * {@link #MAX_FILE_BYTES} or unreadable, and {@link #skipped()} then says which and why: a file is
 * never dropped silently.
 */
public interface SourceTree {
  /** The largest file read: 2 MiB, as in a scan. */
  long MAX_FILE_BYTES = 2L * 1024 * 1024;

  /** Returns every file path of the tree, sorted. */
  List<String> paths();

  /** Returns the UTF-8 text of {@code path}, or empty if it is binary, too large or unreadable. */
  Optional<String> read(String path);

  /** Returns the files read so far that could not be read, each with the reason. */
  List<String> skipped();

  /** Returns the tree of a folder on disk ({@code .git} is not entered, links are not followed). */
  static SourceTree ofFolder(Path root) {
    return new FolderTree(root);
  }

  /** Returns the tree of {@code revision} (a sha, branch or {@code HEAD}) in {@code repository}. */
  static SourceTree ofCommit(Repository repository, String revision) {
    return new CommitTree(repository, revision);
  }
}

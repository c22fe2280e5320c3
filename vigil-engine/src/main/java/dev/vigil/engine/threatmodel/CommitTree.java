package dev.vigil.engine.threatmodel;

import dev.vigil.engine.git.ScanInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The regular files of a commit's tree, listed once with a TreeWalk; blobs are read on demand
 * with a fresh ObjectReader, the size checked before loading. Links and submodules are left out.
 */
final class CommitTree implements SourceTree {
  private final Repository repository;
  private final Map<String, ObjectId> blobs = new LinkedHashMap<>();
  private final FileText text = new FileText();

  CommitTree(Repository repository, String revision) {
    this.repository = repository;
    try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      ObjectId id = repository.resolve(revision);
      if (id == null) throw new ScanInputException("no such revision: " + revision);
      RevCommit commit = walk.parseCommit(id);
      try (TreeWalk tree = new TreeWalk(reader)) {
        tree.addTree(commit.getTree());
        tree.setRecursive(true);
        while (tree.next()) {
          int mode = tree.getFileMode(0).getObjectType();
          if (mode == org.eclipse.jgit.lib.Constants.OBJ_BLOB
              && tree.getFileMode(0) != FileMode.SYMLINK) {
            blobs.put(tree.getPathString(), tree.getObjectId(0));
          }
        }
      }
    } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
      throw new ScanInputException("cannot read revision " + revision + " of "
          + repository.getDirectory() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> paths() {
    return blobs.keySet().stream().sorted().toList();
  }

  @Override
  public Optional<String> read(String path) {
    ObjectId blob = blobs.get(path);
    if (blob == null) {
      text.skip(path, "not a file of the tree");
      return Optional.empty();
    }
    try (ObjectReader reader = repository.newObjectReader()) {
      long size = reader.getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
      if (size > MAX_FILE_BYTES) {
        text.skip(path, FileText.tooLarge(size));
        return Optional.empty();
      }
      return text.decode(path, reader.open(blob).getBytes());
    } catch (IOException e) {
      text.skip(path, "object missing or corrupt: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public List<String> skipped() {
    return text.skipped();
  }
}

package dev.vigil.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes a history over a generated project straight into the object store: the project as the
 * first commit, then commits that each edit one random file (a changed comment line, so every edit
 * is a new version that parses). Deterministic for a seed.
 */
final class ProjectHistoryWriter {
  private final Random random;
  private final String comment;

  /** Creates a writer whose edits append a line starting with {@code comment} ({@code //}, {@code #}). */
  ProjectHistoryWriter(Random random, String comment) {
    this.random = random;
    this.comment = comment;
  }

  /** Creates {@code commits} commits on branch main of a new repository at {@code dir}. */
  Repository write(Path dir, Map<String, String> project, int commits)
      throws IOException, GitAPIException {
    Repository repository = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()
        .getRepository();
    Map<String, String> files = new TreeMap<>(project);
    List<String> paths = new ArrayList<>(files.keySet());
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      ObjectId parent = null;
      Instant time = Instant.parse("2024-01-01T00:00:00Z");
      for (int c = 0; c < commits; c++) {
        if (c > 0) {
          String path = paths.get(random.nextInt(paths.size()));
          files.put(path, files.get(path) + comment + " edit " + c + "\n");
        }
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree(inserter, files));
        if (parent != null) commit.setParentId(parent);
        time = time.plusSeconds(3600);
        PersonIdent author = new PersonIdent("Dev", "dev@example.org", time, ZoneOffset.UTC);
        commit.setAuthor(author);
        commit.setCommitter(author);
        commit.setMessage("Change " + c + "\n");
        parent = inserter.insert(commit);
      }
      inserter.flush();
      RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
      update.setNewObjectId(parent);
      update.forceUpdate();
    }
    return repository;
  }

  private static ObjectId tree(ObjectInserter inserter, Map<String, String> files) throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (var file : files.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(file.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
      builder.add(entry);
    }
    builder.finish();
    return index.writeTree(inserter);
  }
}

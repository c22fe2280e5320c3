package dev.vigil.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Writes a long linear history straight into a repository's object store (fast enough for
 * thousands of commits): each commit edits a file; every 25th plants a fake token in a new file and
 * every 40th removes the oldest planted one, so findings are introduced and fixed all along.
 */
public final class LongHistory {
  private LongHistory() {}

  /** Creates {@code commits} commits on main of a new repository at {@code dir}. */
  public static void write(Path dir, int commits) throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
         ObjectInserter inserter = git.getRepository().newObjectInserter()) {
      Map<String, ObjectId> files = new TreeMap<>();
      ObjectId parent = null;
      Instant time = Instant.parse("2023-01-01T00:00:00Z");
      int planted = 0;
      int removed = 0;
      for (int c = 0; c < commits; c++) {
        files.put("src/file" + (c % 30) + ".txt", blob(inserter, "version " + c + " of file " + (c % 30) + "\n"));
        if (c % 25 == 0) {
          files.put("config/secret" + planted + ".env",
              blob(inserter, "TOKEN=" + GitFixtures.fakeGithubToken(planted) + "\n"));
          planted++;
        }
        if (c % 40 == 39 && removed < planted) {
          files.remove("config/secret" + removed + ".env");
          removed++;
        }
        TreeFormatter root = new TreeFormatter();
        Map<String, TreeFormatter> folders = new TreeMap<>();
        files.forEach((path, id) -> folders
            .computeIfAbsent(path.substring(0, path.indexOf('/')), k -> new TreeFormatter())
            .append(path.substring(path.indexOf('/') + 1), FileMode.REGULAR_FILE, id));
        for (var folder : folders.entrySet()) {
          root.append(folder.getKey(), FileMode.TREE, inserter.insert(folder.getValue()));
        }
        time = time.plusSeconds(600);
        PersonIdent who = new PersonIdent("Lin Dev", "lin@example.org", time, ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(inserter.insert(root));
        if (parent != null) commit.setParentId(parent);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage("commit " + c + "\n");
        parent = inserter.insert(commit);
      }
      inserter.flush();
      RefUpdate update = git.getRepository().updateRef(Constants.R_HEADS + "main");
      update.setNewObjectId(parent);
      update.forceUpdate();
    }
  }

  private static ObjectId blob(ObjectInserter inserter, String text) throws java.io.IOException {
    return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
  }
}

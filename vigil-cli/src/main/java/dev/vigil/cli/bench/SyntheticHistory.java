package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.secrets.TokenChecksums;
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
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Writes a repository with a realistic-looking history straight into the object store: source
 * files in folders, each commit editing a few of them (sometimes adding, renaming or deleting one,
 * sometimes planting or removing a credential). Deterministic for a seed; packed at the end.
 */
final class SyntheticHistory {
  private static final int FOLDERS = 20;
  private final Random random;
  private final List<Map<String, ObjectId>> folders = new ArrayList<>();
  private final Map<Integer, ObjectId> folderTrees = new TreeMap<>();
  private long bytesWritten;

  SyntheticHistory(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < FOLDERS; i++) folders.add(new TreeMap<>());
  }

  /** Creates {@code commits} commits on branch main of a new repository at {@code dir}. */
  Repository write(Path dir, int commits, int initialFiles) throws IOException, GitAPIException {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    Repository repository = git.getRepository();
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      for (int i = 0; i < initialFiles; i++) {
        addFile(inserter, i % FOLDERS, "File" + i + ".java", i);
      }
      ObjectId parent = null;
      Instant time = Instant.parse("2020-01-01T00:00:00Z");
      for (int c = 0; c < commits; c++) {
        if (c > 0) change(inserter, c);
        ObjectId tree = rootTree(inserter);
        time = time.plusSeconds(600 + random.nextInt(3600));
        PersonIdent author = new PersonIdent("Dev " + random.nextInt(12),
            "dev@example.org", time, ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) commit.setParentId(parent);
        commit.setAuthor(author);
        commit.setCommitter(author);
        commit.setMessage("Change " + c + ": adjust handlers\n");
        parent = inserter.insert(commit);
      }
      inserter.flush();
      RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
      update.setNewObjectId(parent);
      update.forceUpdate();
    }
    git.gc().call();
    return repository;
  }

  /** Returns the bytes of file content written, over every version. */
  long bytesWritten() {
    return bytesWritten;
  }

  private void change(ObjectInserter inserter, int commit) throws IOException {
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int folder = random.nextInt(FOLDERS);
      Map<String, ObjectId> files = folders.get(folder);
      int roll = random.nextInt(100);
      if (roll < 4 || files.isEmpty()) {
        addFile(inserter, folder, "Added" + commit + "_" + e + ".java", commit);
      } else if (roll < 6 && files.size() > 3) {
        String victim = pick(files);
        ObjectId blob = files.remove(victim);
        folders.get(random.nextInt(FOLDERS)).put("Moved" + commit + "_" + victim, blob);
        folderTrees.clear();
      } else if (roll < 7 && files.size() > 3) {
        files.remove(pick(files));
      } else {
        addFile(inserter, folder, pick(files), commit);
      }
      folderTrees.remove(folder);
    }
  }

  private void addFile(ObjectInserter inserter, int folder, String name, int version)
      throws IOException {
    byte[] content = source(name, version).getBytes(StandardCharsets.UTF_8);
    bytesWritten += content.length;
    folders.get(folder).put(name, inserter.insert(Constants.OBJ_BLOB, content));
    folderTrees.remove(folder);
  }

  /** Returns a Java-like file of 40 to 160 lines; about 1 version in 50 carries a credential. */
  private String source(String name, int version) {
    StringBuilder text = new StringBuilder("package bench;\n\nclass ")
        .append(name.replaceAll("\\W", "_")).append(" {\n");
    int lines = 40 + random.nextInt(120);
    for (int i = 0; i < lines; i++) {
      text.append("  int field").append(i).append(" = ").append(random.nextInt(10_000))
          .append("; // handler ").append(version).append('\n');
    }
    if (random.nextInt(50) == 0) {
      text.append("  String token = \"").append(TokenChecksums.fakeToken("ghp_", random)).append("\";\n");
    }
    return text.append("}\n").toString();
  }

  private String pick(Map<String, ObjectId> files) {
    int index = random.nextInt(files.size());
    return files.keySet().stream().skip(index).findFirst().orElseThrow();
  }

  private ObjectId rootTree(ObjectInserter inserter) throws IOException {
    TreeFormatter root = new TreeFormatter();
    for (int i = 0; i < FOLDERS; i++) {
      Map<String, ObjectId> files = folders.get(i);
      if (files.isEmpty()) continue;
      ObjectId tree = folderTrees.get(i);
      if (tree == null) {
        TreeFormatter folder = new TreeFormatter();
        files.forEach((name, blob) -> folder.append(name, FileMode.REGULAR_FILE, blob));
        tree = inserter.insert(folder);
        folderTrees.put(i, tree);
      }
      root.append(String.format("module%02d", i), FileMode.TREE, tree);
    }
    return inserter.insert(root);
  }
}

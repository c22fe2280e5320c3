package dev.vigil.server.forge;

import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.UnifiedDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The one commit of a fix branch, written straight into a Git object database: the base commit's
 * tree with the patched files replaced (their file modes kept) and the files the patch creates
 * (a regression test) added as regular files, the base as its only parent, Vigil
 * as author and committer at the time the reviewed patch was last changed. No work tree is checked
 * out. The same patch, message and time always give the same commit id, so the downloadable
 * {@code git format-patch} file and the pushed branch name the same commit.
 */
public final class FixCommit {
  /** Who authors and commits fixes. */
  static final String NAME = "Vigil";
  static final String EMAIL = "vigil@localhost";

  private final ObjectId id;
  private final RevCommit base;
  private final String message;
  private final Instant at;
  private final List<Change> changes;

  /** One changed file: its edit, its blob before (zero for a created file) and after, and its file mode. */
  public record Change(FileEdit edit, ObjectId before, ObjectId after, FileMode mode) {}

  private FixCommit(ObjectId id, RevCommit base, String message, Instant at, List<Change> changes) {
    this.id = id;
    this.base = base;
    this.message = message;
    this.at = at;
    this.changes = List.copyOf(changes);
  }

  /**
   * Applies {@code diff} to {@code baseCommit}'s tree (read with {@code reader}) and writes the
   * blobs, trees and commit with {@code inserter}, which it flushes; throws
   * {@link dev.vigil.engine.fix.PatchFormatException} when the diff does not apply.
   */
  public static FixCommit write(ObjectReader reader, ObjectInserter inserter, String baseCommit, String diff,
      String message, Instant at) {
    try (RevWalk walk = new RevWalk(reader)) {
      RevCommit base = walk.parseCommit(ObjectId.fromString(baseCommit));
      List<FileEdit> edits = UnifiedDiff.apply(diff, files(reader, base));
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, base.getTree());
      builder.finish();
      DirCacheEditor editor = index.editor();
      List<Change> changes = new ArrayList<>();
      for (FileEdit edit : edits) {
        if (edit.created()) requireFree(index, edit.path());
        DirCacheEntry old = edit.created() ? null : index.getEntry(edit.path());
        FileMode mode = old == null ? FileMode.REGULAR_FILE : old.getFileMode();
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, edit.after().getBytes(StandardCharsets.UTF_8));
        changes.add(new Change(edit, old == null ? ObjectId.zeroId() : old.getObjectId(), blob, mode));
        editor.add(new DirCacheEditor.PathEdit(edit.path()) {
          @Override
          public void apply(DirCacheEntry entry) {
            entry.setFileMode(mode);
            entry.setObjectId(blob);
          }
        });
      }
      editor.finish();
      PersonIdent vigil = new PersonIdent(NAME, EMAIL, at, ZoneOffset.UTC);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      commit.setParentId(base);
      commit.setAuthor(vigil);
      commit.setCommitter(vigil);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return new FixCommit(id, base, message, at, changes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fix commit on " + baseCommit + ": " + e.getMessage(), e);
    }
  }

  /**
   * Throws a {@link dev.vigil.engine.fix.PatchFormatException} when a file created at {@code path}
   * would collide with the tree: an entry at the path, under it (a folder), or at one of its parent
   * folders (a file, link or submodule in the way).
   */
  private static void requireFree(DirCache index, String path) {
    boolean taken = index.getEntry(path) != null || index.getEntriesWithin(path).length > 0;
    for (int slash = path.indexOf('/'); !taken && slash > 0; slash = path.indexOf('/', slash + 1)) {
      taken = index.getEntry(path.substring(0, slash)) != null;
    }
    if (taken) {
      throw new dev.vigil.engine.fix.PatchFormatException("the diff creates " + path
          + ", which collides with a file, link or folder of the commit");
    }
  }

  /**
   * Returns an inserter that stores nothing and only computes object ids, to learn the id a fix
   * commit would have without writing into the repository.
   */
  public static ObjectInserter idsOnly() {
    return new ObjectInserter.Formatter() {
      @Override
      public ObjectId insert(int type, long length, java.io.InputStream in) throws IOException {
        return idFor(type, length, in);
      }
    };
  }

  /** Returns the commit's id. */
  public ObjectId id() {
    return id;
  }

  /** Returns the commit the fix applies to, its only parent. */
  public RevCommit base() {
    return base;
  }

  /** Returns the commit's message. */
  public String message() {
    return message;
  }

  /** Returns when the commit was authored: when the reviewed patch last changed. */
  public Instant at() {
    return at;
  }

  /** Returns the files the commit changes, in the patch's order. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Returns the regular files of {@code commit}'s tree; a symbolic link or submodule is absent, as
   * in a checkout's {@link SourceFiles#in}, so an edited diff cannot write through one.
   */
  private static SourceFiles files(ObjectReader reader, RevCommit commit) {
    return path -> {
      try (TreeWalk entry = TreeWalk.forPath(reader, path, commit.getTree())) {
        if (entry == null) return Optional.empty();
        FileMode mode = entry.getFileMode(0);
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) return Optional.empty();
        return Optional.of(new String(reader.open(entry.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
    };
  }
}

package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.server.GitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix commit written from a base commit and a diff, and its {@code git format-patch} file read by {@code git am}. */
class FixCommitTest {
  static final String DAO = "src/main/java/shop/Dao.java";
  static final String BEFORE = """
      package shop;

      class Dao {
        String query(String id) {
          return "SELECT * FROM t WHERE id = " + id;
        }
      }
      """;
  static final String DIFF = """
      diff --git a/src/main/java/shop/Dao.java b/src/main/java/shop/Dao.java
      --- a/src/main/java/shop/Dao.java
      +++ b/src/main/java/shop/Dao.java
      @@ -2,6 +2,6 @@
      \s
       class Dao {
         String query(String id) {
      -    return "SELECT * FROM t WHERE id = " + id;
      +    return "SELECT * FROM t WHERE id = ?";
         }
       }
      """;
  static final Instant AT = Instant.parse("2026-12-06T01:02:03Z");
  @TempDir Path temp;

  /** Writes a repository with the DAO, a README and a symbolic link; returns its head. */
  static RevCommit shop(GitFixtures repo) throws Exception {
    repo.write(DAO, BEFORE).write("README.md", "shop\n");
    Files.createSymbolicLink(repo.dir().resolve("link.java"), Path.of(DAO));
    return repo.commit("Add the DAO");
  }

  static FixCommit write(Repository git, String base, String diff) {
    try (ObjectReader reader = git.newObjectReader(); ObjectInserter inserter = git.newObjectInserter()) {
      return FixCommit.write(reader, inserter, base, diff, "Fix java.sql-injection in " + DAO + ":5\n\nBind it.\n", AT);
    }
  }

  @Test
  void theCommitChangesOnlyThePatchedFileOnTopOfTheBase() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);

      FixCommit fix = write(repo.git().getRepository(), base.name(), DIFF);

      Path dir = repo.dir();
      assertThat(GitCommand.run(dir, "rev-parse", fix.id().name() + "^")).isEqualTo(base.name() + "\n");
      assertThat(GitCommand.run(dir, "diff", "--name-only", base.name(), fix.id().name())).isEqualTo(DAO + "\n");
      assertThat(GitCommand.run(dir, "show", fix.id().name() + ":" + DAO)).isEqualTo(BEFORE.replace(" + id;", ";")
          .replace("id = \"", "id = ?\""));
      assertThat(GitCommand.run(dir, "log", "-1", "--format=%an <%ae> %aI%n%B", fix.id().name()))
          .isEqualTo("Vigil <vigil@localhost> 2026-12-06T01:02:03+00:00\nFix java.sql-injection in " + DAO + ":5\n\nBind it.\n\n");
      assertThat(GitCommand.run(dir, "status", "--porcelain")).isEmpty();
      assertThat(write(repo.git().getRepository(), base.name(), DIFF).id()).isEqualTo(fix.id());
    }
  }

  @Test
  void gitAmAppliesTheFormatPatchFileToTheSameTree() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      FixCommit fix = write(repo.git().getRepository(), base.name(), DIFF);
      Path clone = temp.resolve("clone");
      GitCommand.run(temp, "clone", "-q", repo.dir().toString(), clone.toString());
      Path file = temp.resolve(FormatPatch.fileName(fix));
      Files.writeString(file, FormatPatch.of(fix));

      GitCommand.run(clone, "am", "-q", file.toString());

      assertThat(FormatPatch.fileName(fix)).isEqualTo("0001-Fix-java.sql-injection-in-src-main-java-shop-Dao.java-5.patch");
      assertThat(FormatPatch.of(fix)).startsWith("From " + fix.id().name() + " Mon Sep 17 00:00:00 2001\n"
          + "From: Vigil <vigil@localhost>\nDate: Sun, 6 Dec 2026 01:02:03 +0000\n"
          + "Subject: [PATCH] Fix java.sql-injection in " + DAO + ":5\n\nBind it.\n---\n"
          + " " + DAO + " | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n");
      assertThat(GitCommand.run(clone, "rev-parse", "HEAD^{tree}"))
          .isEqualTo(GitCommand.run(repo.dir(), "rev-parse", fix.id().name() + "^{tree}"));
      assertThat(GitCommand.run(clone, "log", "-1", "--format=%an %aI %s"))
          .isEqualTo("Vigil 2026-12-06T01:02:03+00:00 Fix java.sql-injection in " + DAO + ":5\n");
    }
  }

  @Test
  void aDiffThatDoesNotMatchTheBaseOrWritesThroughALinkIsRefused() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      RevCommit base = shop(repo);
      Repository git = repo.git().getRepository();

      assertThatThrownBy(() -> write(git, base.name(), DIFF.replace("String query", "String find")))
          .isInstanceOf(PatchFormatException.class);
      assertThatThrownBy(() -> write(git, base.name(), DIFF.replace(DAO, "link.java")))
          .isInstanceOf(PatchFormatException.class).hasMessageContaining("link.java, which is not in the tree");
    }
  }
}

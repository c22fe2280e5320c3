package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.taint.TaintFixture.rules;
import static dev.vigil.engine.analysis.java.taint.TaintFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Path guards the fixes of real path traversals use, each with a look-alike that proves nothing. */
class PathGuardTest {
  private static final String READ = "\nnew FileInputStream(new File(\"/srv/files\", param)).close();";

  private static void safe(String body, String members) {
    assertThat(run(body + READ, members)).as(body + members).isEmpty();
  }

  private static void vulnerable(String body, String members) {
    assertThat(rules(run(body + READ, members))).as(body + members).containsExactly("java.path-injection");
  }

  @Test
  void aBooleanHelperProvesWhatHeldAtItsReturnsOfThatResult() {
    String helper = """
          static boolean canDownload(String resource) {
            if (org.apache.commons.lang3.StringUtils.contains(resource, "..")) return false;
            return resource.endsWith(".pdf");
          }
        """;
    safe("if (!canDownload(param)) throw new IllegalArgumentException();", helper);
    vulnerable("if (canDownload(param)) throw new IllegalArgumentException();", helper);
    vulnerable("if (!canDownload(param)) throw new IllegalArgumentException();", """
          static boolean canDownload(String resource) {
            return resource.endsWith(".pdf");
          }
        """);
  }

  @Test
  void aBooleanHelperReturningACanonicalContainmentCheckProvesIt() {
    String helper = """
          boolean inside(File f) throws IOException {
            File child = new File(f.getPath()).getCanonicalFile();
            return child.toPath().startsWith(new File("/srv/files").getCanonicalFile().toPath());
          }
        """;
    String write = "File target = new File(\"/srv/files\", param);\n%s\nnew FileOutputStream(target).close();";
    assertThat(run(write.formatted("if (!inside(target)) return;"), helper)).isEmpty();
    assertThat(rules(run(write.formatted("if (inside(target)) return;"), helper)))
        .containsExactly("java.path-injection");
  }

  @Test
  void indexOfTraversalOrContainmentClearsTheFileBuiltFromTheName() {
    String write = """
        File file = new File("/srv/files", param);
        if (param.indexOf("..") %s && !file.getCanonicalPath().startsWith("/srv/files/")) throw new IOException();
        new FileOutputStream(file).close();
        """;
    assertThat(run(write.formatted("!= -1"))).isEmpty();
    assertThat(run(write.formatted(">= 0"))).isEmpty();
    assertThat(rules(run(write.formatted("== -1")))).containsExactly("java.path-injection");
  }

  @Test
  void aCanonicalFileTurnedIntoAPathIsStillCanonical() {
    String write = """
        File target = new File("/srv/files", param);
        java.nio.file.Path dest = target.%s.toPath();
        if (!dest.startsWith(new File("/srv/files").getCanonicalFile().toPath())) throw new IOException();
        new FileOutputStream(target).close();
        """;
    assertThat(run(write.formatted("getCanonicalFile()"))).isEmpty();
    assertThat(rules(run(write.formatted("getAbsoluteFile()")))).containsExactly("java.path-injection");
  }

  @Test
  void staticContainsRejectsTraversal() {
    safe("if (org.apache.commons.lang3.StringUtils.contains(param, \"..\")) return;", "");
    vulnerable("if (org.apache.commons.lang3.StringUtils.contains(param, \".\")) return;", "");
  }

  @Test
  void aThrowingValidatorOfAGetterClearsTheObjectItReads() {
    String members = """
          static class Form { String path; String getPath() { return path; } }
          static void noTraversal(String p) { if (p.contains("..")) throw new IllegalArgumentException(); }
          static void noSlash(String p) { if (p.startsWith("/")) throw new IllegalArgumentException(); }
        """;
    String body = """
        Form form = new Form();
        form.path = param;
        %s(form.getPath());
        new FileInputStream(new File("/srv/files", form.getPath())).close();
        """;
    assertThat(run(body.formatted("noTraversal"), members)).isEmpty();
    assertThat(rules(run(body.formatted("noSlash"), members))).containsExactly("java.path-injection");
  }
}

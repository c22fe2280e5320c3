// vigil-expect: safe cwe=78
// case: a build helper in the repository's build package runs git with the tag its build script passes
package org.example.build.tools;

import java.io.IOException;

public final class ReleaseNotesBuildTool {
  private ReleaseNotesBuildTool() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String previousTag = args[0];
    Process git = new ProcessBuilder("sh", "-c", "git log --oneline " + previousTag + "..HEAD > target/notes.txt")
        .inheritIO().start();
    System.exit(git.waitFor());
  }
}

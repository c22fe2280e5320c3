package corpus.cmdi2.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

public final class Shell {
  private Shell() {}

  public static String run(String commandLine) throws IOException {
    Process process = new ProcessBuilder("/bin/sh", "-c", commandLine).redirectErrorStream(true).start();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}

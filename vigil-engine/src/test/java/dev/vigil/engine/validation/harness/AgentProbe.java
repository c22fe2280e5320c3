package dev.vigil.engine.validation.harness;

import java.io.FileInputStream;
import java.io.IOException;

/** A program calling JDK sinks with the marker it is given, for the sink agent's test (run in the sandbox). */
public final class AgentProbe {
  private AgentProbe() {}

  /** Opens a file, starts a command and matches a pattern whose text carries {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    System.setProperty("vigil.marker", args[0]);
    try (FileInputStream in = new FileInputStream("../" + args[0])) {
      in.read();
    } catch (IOException expected) {
      // The file does not exist: the call was made, which is what counts.
    }
    new ProcessBuilder("echo", "safe").start().waitFor();
    new ProcessBuilder("echo", args[0]).start().waitFor();
    System.out.println(args[0].matches("^" + args[0]));
  }
}

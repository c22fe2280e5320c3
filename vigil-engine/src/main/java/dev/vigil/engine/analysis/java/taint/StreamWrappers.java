package dev.vigil.engine.analysis.java.taint;

import java.util.Set;

/**
 * Writers and streams of {@code java.io} that wrap another stream keep the role of the stream they
 * wrap: {@code new PrintWriter(response.getOutputStream())} writes the response, and
 * {@code new PrintWriter(shell.getOutputStream())} types into a remote shell. A role is the
 * {@code Owner#Role} type a model row gives the wrapped stream.
 */
final class StreamWrappers {
  private static final Set<String> WRITERS = Set.of(
      "java.io.PrintWriter", "java.io.OutputStreamWriter", "java.io.BufferedWriter");
  private static final Set<String> STREAMS = Set.of(
      "java.io.PrintStream", "java.io.BufferedOutputStream", "java.io.DataOutputStream");

  private StreamWrappers() {}

  /**
   * Returns the role type of a new {@code created} around a stream of type {@code wrapped} (its
   * first argument's type), or {@code created} when it is no wrapper or the stream has no role.
   */
  static String created(String created, String wrapped) {
    if (created == null || wrapped == null || !wrapped.contains("#")) return created;
    String owner = wrapped.substring(0, wrapped.indexOf('#'));
    if (WRITERS.contains(created)) return owner + "#Writer";
    if (STREAMS.contains(created)) return owner + "#OutputStream";
    return created;
  }
}

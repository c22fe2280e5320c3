package dev.vigil.engine.validation.harness.agent;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Records calls of hooked sink methods inside the harness's JVM (in the sandbox). It sits on the
 * boot class path so that advice inlined into any class, the JDK's included, can call it. Each
 * call prints one line to the process's original standard error:
 * {@code VIGIL-SINK <tab> method <tab> hit|miss <tab> argument index (-1: the receiver) <tab> its text}, where
 * {@code hit} means the marker (system property {@code vigil.marker}) is intact in that argument.
 * Arguments are looked at before the receiver (a regex's pattern, not the text it matches), and
 * hits are printed even after many misses (a hooked {@code String.split} is called by the JDK too).
 * The JDK's own calls while recording are not recorded.
 */
public final class SinkRecorder {
  /** The prefix of every line this recorder prints. */
  public static final String PREFIX = "VIGIL-SINK";
  private static final int MAX_TEXT = 2000;
  private static final int MAX_MISSES = 200;
  private static final int MAX_HITS = 50;
  private static final ThreadLocal<Boolean> RECORDING = new ThreadLocal<>();
  private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
      StandardCharsets.UTF_8);
  private static int misses;
  private static int hits;

  private SinkRecorder() {}

  /**
   * Records a call of the sink {@code method} on {@code receiver} (null for a constructor or a
   * static method, printed as argument -1) with {@code arguments}.
   */
  public static void record(String method, Object receiver, Object[] arguments) {
    if (RECORDING.get() != null) return;
    RECORDING.set(Boolean.TRUE);
    try {
      String marker = System.getProperty("vigil.marker", "");
      int first = -2;
      String firstText = "";
      int count = arguments == null ? 0 : arguments.length;
      for (int n = 0; n <= count; n++) {
        int i = n < count ? n : -1;
        String text = text(i < 0 ? receiver : arguments[i]);
        if (text == null) continue;
        if (!marker.isEmpty() && text.contains(marker)) {
          print(method, "hit", i, text);
          return;
        }
        if (first == -2) {
          first = i;
          firstText = text;
        }
      }
      if (first >= -1) print(method, "miss", first, firstText);
    } catch (RuntimeException e) {
      // A recorder never changes what the program does.
    } finally {
      RECORDING.remove();
    }
  }

  private static synchronized void print(String method, String outcome, int index, String text) {
    if (outcome.equals("hit") ? hits++ >= MAX_HITS : misses++ >= MAX_MISSES) return;
    String clipped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    OUT.println(PREFIX + "\t" + method + "\t" + outcome + "\t" + index + "\t" + escape(clipped));
  }

  /** Returns the text of an argument that carries text (strings, paths, URLs, commands), or null. */
  private static String text(Object argument) {
    if (argument instanceof CharSequence || argument instanceof File || argument instanceof URI
        || argument instanceof URL || argument instanceof java.nio.file.Path) {
      return argument.toString();
    }
    if (argument instanceof char[] chars) return new String(chars);
    if (argument instanceof ProcessBuilder builder) return String.join(" ", builder.command());
    if (argument instanceof String[] words) return String.join(" ", words);
    if (argument instanceof java.util.List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
      return String.join(" ", list.stream().map(String::valueOf).toList());
    }
    return null;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
  }
}

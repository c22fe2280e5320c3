package dev.vigil.engine.validation.harness;

import dev.vigil.engine.validation.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a harness run printed, read back: the sink calls the agent recorded (with the marker intact
 * or not), whether the entry point was called and how it ended, and why it could not be driven.
 */
record HarnessReport(List<SinkCall> calls, boolean called, String ending, Optional<String> notDrivable) {
  /** One recorded sink call: the method, whether the marker was intact, the argument and its text (escaped). */
  record SinkCall(String method, boolean hit, int argument, String text) {
    /** Returns the argument's text as the program saw it (the recorder escapes backslashes, tabs and line breaks). */
    String unescaped() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != '\\' || i + 1 == text.length()) {
          out.append(c);
          continue;
        }
        char next = text.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'n' -> '\n';
          default -> next;
        });
      }
      return out.toString();
    }
  }

  /** Reads the lines of a harness's output. */
  static HarnessReport parse(String output) {
    List<SinkCall> calls = new ArrayList<>();
    boolean called = false;
    String ending = "";
    String notDrivable = null;
    for (String line : output.split("\n")) {
      String[] cells = line.split("\t", 5);
      switch (cells[0]) {
        case "VIGIL-SINK" -> {
          if (cells.length == 5) {
            calls.add(new SinkCall(cells[1], cells[2].equals("hit"), parseInt(cells[3]), cells[4]));
          }
        }
        case "VIGIL-CALL" -> called = true;
        case "VIGIL-RETURNED" -> ending = "returned normally";
        case "VIGIL-THREW" -> ending = "threw " + (cells.length > 1 ? cells[1] : "an exception");
        case "VIGIL-NOT-DRIVABLE" -> notDrivable = cells.length > 1 ? cells[1] : "unknown reason";
        default -> { }
      }
    }
    return new HarnessReport(List.copyOf(calls), called, ending, Optional.ofNullable(notDrivable));
  }

  /** Returns the first call whose argument carried the marker intact. */
  Optional<SinkCall> hit() {
    return calls.stream().filter(SinkCall::hit).findFirst();
  }

  /** Returns the verdict and reason of this run for a sink of {@code kind}. */
  Judgement judge(String kind) {
    Optional<SinkCall> hit = hit();
    if (hit.isPresent()) {
      SinkCall call = hit.get();
      return new Judgement(Verdict.REPRODUCED, "the marker reached the " + kind + " sink " + call.method()
          + " intact (" + (call.argument() < 0 ? "its receiver" : "argument " + call.argument()) + "): "
          + clip(call.text()));
    }
    if (notDrivable.isPresent()) {
      return new Judgement(Verdict.COULD_NOT_VALIDATE, "entry point not drivable: " + notDrivable.get());
    }
    if (!called) return new Judgement(Verdict.COULD_NOT_VALIDATE, "the harness did not start (see its output)");
    if (calls.isEmpty() && ending.startsWith("threw")) {
      return new Judgement(Verdict.COULD_NOT_VALIDATE, "the entry point " + ending + " before any " + kind
          + " sink was called, so the marker was not observed");
    }
    String seen = calls.isEmpty() ? "no " + kind + " sink was called"
        : calls.size() + " " + kind + " sink call(s) without the marker intact, the last "
            + calls.get(calls.size() - 1).method() + ": " + clip(calls.get(calls.size() - 1).text());
    return new Judgement(Verdict.NOT_REPRODUCED, "marker not observed: the entry point " + (ending.isEmpty()
        ? "ran" : ending) + "; " + seen);
  }

  /** A verdict and its reason. */
  record Judgement(Verdict verdict, String reason) {}

  private static String clip(String text) {
    return text.length() <= 240 ? text : text.substring(0, 240) + "...";
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

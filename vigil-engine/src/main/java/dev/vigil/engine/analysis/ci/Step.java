package dev.vigil.engine.analysis.ci;

import java.util.Locale;

/**
 * One step of a job: either {@code uses:} an action or {@code run:}s a script.
 *
 * @param index the 0-based position of the step in its job
 * @param node the step's mapping
 */
record Step(int index, YamlNode node) {
  /** Returns the action reference after {@code uses:}, or null for a run step. */
  String uses() {
    return node.text("uses");
  }

  /** Returns the script after {@code run:}, or null for an action step. */
  String run() {
    return node.text("run");
  }

  /** Returns the value of input {@code name} under {@code with:}, or null. */
  String with(String name) {
    YamlNode with = node.get("with");
    return with == null ? null : with.text(name);
  }

  /** Returns the line of input {@code name} under {@code with:}, or the step's line. */
  int withLine(String name) {
    if (node.get("with") instanceof YamlNode.Mapping with && with.entries().containsKey(name)) {
      return with.entries().get(name).keyLine();
    }
    return line();
  }

  /** Returns the line the step starts on. */
  int line() {
    return node.line();
  }

  /** Returns the action's name without its ref, lower-cased ({@code actions/checkout}), or "". */
  String actionName() {
    String uses = uses();
    if (uses == null) return "";
    int at = uses.indexOf('@');
    return (at < 0 ? uses : uses.substring(0, at)).strip().toLowerCase(Locale.ROOT);
  }

  /** Returns true if the step uses an action whose name starts with {@code prefix}. */
  boolean usesAction(String prefix) {
    String name = actionName();
    return name.equals(prefix) || name.startsWith(prefix + "/");
  }

  /** Returns a short label for messages: the step's name, else its action, else its index. */
  String label() {
    String name = node.text("name");
    if (name != null && !name.isBlank()) return "'" + name.strip() + "'";
    if (uses() != null) return uses().strip();
    return "#" + (index + 1);
  }
}

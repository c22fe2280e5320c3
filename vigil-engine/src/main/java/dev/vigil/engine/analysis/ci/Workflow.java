package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A GitHub Actions workflow file read into its triggers, permissions and jobs. */
final class Workflow {
  private final YamlNode root;
  private final SourceLines source;

  Workflow(YamlNode root, SourceLines source) {
    this.root = root;
    this.source = source;
  }

  /** Returns the workflow's source lines. */
  SourceLines source() {
    return source;
  }

  /** Returns the events under {@code on:}, whether written as a name, a list or a mapping. */
  Set<String> triggers() {
    YamlNode on = root.get("on");
    if (on == null) on = root.get("true"); // YAML 1.1 reads a bare `on` key as a boolean
    Set<String> events = new LinkedHashSet<>();
    if (on instanceof YamlNode.Scalar scalar) events.add(scalar.value().strip());
    if (on instanceof YamlNode.Sequence sequence) {
      sequence.items().forEach(item -> { if (item.text() != null) events.add(item.text().strip()); });
    }
    if (on instanceof YamlNode.Mapping mapping) events.addAll(mapping.entries().keySet());
    return events;
  }

  /** Returns the first trigger of {@code events} this workflow has, or null. */
  String firstTrigger(List<String> events) {
    Set<String> triggers = triggers();
    return events.stream().filter(triggers::contains).findFirst().orElse(null);
  }

  /** Returns the line of the {@code on:} key, or 1 if the workflow has none. */
  int triggerLine() {
    if (root instanceof YamlNode.Mapping mapping) {
      YamlNode.Entry on = mapping.entries().get("on");
      if (on != null) return on.keyLine();
    }
    return 1;
  }

  /** Returns the top-level {@code permissions:} value, or null if the workflow has none. */
  YamlNode permissions() {
    return root.get("permissions");
  }

  /** Returns the jobs in file order. */
  List<Job> jobs() {
    List<Job> jobs = new ArrayList<>();
    if (root.get("jobs") instanceof YamlNode.Mapping mapping) {
      mapping.entries().forEach((id, entry) -> {
        if (entry.value() instanceof YamlNode.Mapping) jobs.add(new Job(id, entry.keyLine(), entry.value()));
      });
    }
    return jobs;
  }
}

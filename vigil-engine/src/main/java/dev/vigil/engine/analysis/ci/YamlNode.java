package dev.vigil.engine.analysis.ci;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the 1-based line it starts on: a mapping, a sequence or a scalar. An alias is
 * the same node as its anchor (shared, never copied), so an alias bomb stays small.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
  /** Returns the 1-based line the value starts on. */
  int line();

  /** Returns the value under {@code key} if this is a mapping that has it, else null. */
  default YamlNode get(String key) {
    return this instanceof Mapping mapping && mapping.entries().containsKey(key)
        ? mapping.entries().get(key).value() : null;
  }

  /** Returns the text of a scalar, or null for a mapping or a sequence. */
  default String text() {
    return this instanceof Scalar scalar ? scalar.value() : null;
  }

  /** Returns the text of the scalar under {@code key}, or null. */
  default String text(String key) {
    YamlNode value = get(key);
    return value == null ? null : value.text();
  }

  /** A mapping whose entries keep their order and the line of their key. */
  record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** One entry of a mapping: the line of its key and its value. */
  record Entry(int keyLine, YamlNode value) {}

  /** A sequence of values. */
  record Sequence(int line, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A scalar as written (null becomes the empty string). */
  record Scalar(int line, String value) implements YamlNode {}
}

package dev.vigil.engine.threatmodel;

import java.util.List;

/** Copies the lists of the model's values: absent is empty, an empty item is an error. */
final class Items {
  private Items() {}

  /** Returns an immutable copy of {@code list}, empty for null; throws on a null item. */
  static <T> List<T> copyOf(List<T> list) {
    if (list == null) return List.of();
    for (T item : list) {
      if (item == null) throw new IllegalArgumentException("empty item in a list");
    }
    return List.copyOf(list);
  }
}

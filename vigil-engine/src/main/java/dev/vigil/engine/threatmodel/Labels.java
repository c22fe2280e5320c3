package dev.vigil.engine.threatmodel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns enum constants into the kebab-case labels of the YAML format and back. */
final class Labels {
  private Labels() {}

  /** Returns the label of {@code constant}, e.g. {@code http-route} for {@code HTTP_ROUTE}. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the constant labelled {@code label}; throws naming {@code what} and the accepted labels. */
  static <E extends Enum<E>> E parse(Class<E> type, String label, String what) {
    String wanted = label == null ? "" : label.trim();
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equalsIgnoreCase(wanted)) return constant;
    }
    throw new IllegalArgumentException("unknown " + what + " '" + label + "': expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Labels::of).collect(Collectors.joining(", ")));
  }
}

package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds weak hash algorithms configured in {@code .properties} files: a setting whose key names a
 * hash or digest algorithm (rule data {@code settingWords}, e.g. {@code password.hash.algorithm})
 * and whose value is a weak algorithm ({@code algorithms}). The code that reads the setting is in
 * another file, so the finding sits on the setting itself.
 */
final class WeakHashSettings {
  private WeakHashSettings() {}

  /** Returns the hits of the weak-hash rule in the text of a properties file. */
  static List<Hit> check(String text, CryptoRule rule) {
    Set<String> weak = rule.lowerSet("algorithms");
    Set<String> settingWords = rule.lowerSet("settingWords");
    List<Hit> hits = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
      int separator = separator(line);
      if (separator < 0) continue;
      String key = line.substring(0, separator).strip();
      String value = line.substring(separator + 1).strip();
      boolean namesAlgorithm = Identifiers.words(key).stream().anyMatch(settingWords::contains);
      if (namesAlgorithm && weak.contains(value.toLowerCase(Locale.ROOT))) {
        int column = lines.get(i).indexOf(key) + 1;
        hits.add(new Hit(Range.range(i + 1, column, i + 1, lines.get(i).length()),
            "Setting " + key + " selects " + value + ".", List.of(), null));
      }
    }
    return hits;
  }

  private static int separator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=' || c == ':') {
        return i;
      }
    }
    return -1;
  }
}

package dev.vigil.engine.analysis.java.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The quality bar recorded in {@code corpus/java/floors.yaml}: for each category the CWEs that
 * count as a hit and the floor of TPR - FPR in percent, plus the ceiling of the overall false
 * positive rate. Raise floors as the analyzers improve; never lower one to pass.
 */
record QualityFloors(Map<String, Category> categories, double overallFprCeiling) {
  static final String RESOURCE = Corpus.ROOT + "/floors.yaml";

  QualityFloors {
    categories = Map.copyOf(categories);
  }

  /** One category: its folder name, the CWEs a finding may carry to count, and its floor. */
  record Category(String name, Set<Integer> cwes, double floor) {
    Category {
      Objects.requireNonNull(name, "name == null");
      cwes = Set.copyOf(cwes);
      if (cwes.isEmpty()) throw new IllegalArgumentException(name + ": cwes is empty");
    }
  }

  /** Returns the category named {@code name}; throws if the floors file does not list it. */
  Category category(String name) {
    Category category = categories.get(name);
    if (category == null) {
      throw new IllegalStateException("category '" + name + "' is not listed in " + RESOURCE);
    }
    return category;
  }

  /** Loads the floors from the test class path. */
  static QualityFloors load() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = QualityFloors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the test class path");
      File file = yaml.readValue(in, File.class);
      Map<String, Category> categories = new LinkedHashMap<>();
      file.categories().forEach((name, entry) ->
          categories.put(name, new Category(name, Set.copyOf(entry.cwes()), entry.floor())));
      return new QualityFloors(categories, file.overallFprCeiling());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private record File(double overallFprCeiling, Map<String, Entry> categories) {}

  private record Entry(List<Integer> cwes, double floor) {}
}

package dev.vigil.cli.bench.realcode;

import dev.vigil.engine.git.Fingerprints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a random sample of findings stratified by analyzer group, deterministic for a seed.
 *
 * <p>Each group gets a share of the sample proportional to its findings (largest remainders), and
 * at least one finding while the sample has room for every group. Within a group the findings
 * with the lowest hash of seed and fingerprint are taken: the order of the input does not matter,
 * and when a later version of Vigil drops some findings, the sampled ones that remain stay sampled,
 * so only the newcomers need judging.
 */
public final class StratifiedSample {
  private StratifiedSample() {}

  /** Returns up to {@code size} of {@code findings}, drawn with {@code seed}, by group then rank. */
  public static List<ScannedFinding> draw(List<ScannedFinding> findings, int size, long seed) {
    if (size < 1) throw new IllegalArgumentException("sample size must be at least 1, got " + size);
    Map<AnalyzerGroup, List<ScannedFinding>> byGroup = findings.stream().collect(Collectors.groupingBy(
        ScannedFinding::group, () -> new EnumMap<>(AnalyzerGroup.class), Collectors.toList()));
    Map<AnalyzerGroup, Integer> shares = shares(byGroup, Math.min(size, findings.size()));
    List<ScannedFinding> sample = new ArrayList<>();
    byGroup.forEach((group, members) -> members.stream()
        .sorted(Comparator.comparing((ScannedFinding f) -> rank(seed, f.fingerprint()))
            .thenComparing(ScannedFinding::fingerprint))
        .limit(shares.get(group))
        .forEach(sample::add));
    return List.copyOf(sample);
  }

  /**
   * Returns how many findings each group gets of a sample of {@code size}: the whole part of its
   * proportional share, the seats left to the largest remainders, then one seat for every empty
   * group, taken from the largest share, while there is room for all.
   */
  static Map<AnalyzerGroup, Integer> shares(Map<AnalyzerGroup, List<ScannedFinding>> byGroup, int size) {
    int total = byGroup.values().stream().mapToInt(List::size).sum();
    Map<AnalyzerGroup, Integer> shares = new EnumMap<>(AnalyzerGroup.class);
    byGroup.forEach((group, members) -> shares.put(group, (int) ((long) size * members.size() / total)));
    List<AnalyzerGroup> byRemainder = byGroup.keySet().stream()
        .sorted(Comparator.comparingDouble((AnalyzerGroup g) -> -remainder(size, byGroup.get(g).size(), total))
            .thenComparing(g -> g))
        .toList();
    int given = shares.values().stream().mapToInt(Integer::intValue).sum();
    for (int i = 0; given < size; i = (i + 1) % byRemainder.size()) {
      AnalyzerGroup group = byRemainder.get(i);
      if (shares.get(group) < byGroup.get(group).size()) {
        shares.merge(group, 1, Integer::sum);
        given++;
      }
    }
    if (size >= byGroup.size()) {
      for (AnalyzerGroup empty : byGroup.keySet()) {
        if (shares.get(empty) > 0) continue;
        AnalyzerGroup largest = shares.entrySet().stream()
            .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        shares.merge(largest, -1, Integer::sum);
        shares.put(empty, 1);
      }
    }
    return shares;
  }

  private static double remainder(int size, int members, int total) {
    double exact = (double) size * members / total;
    return exact - Math.floor(exact);
  }

  /** Returns the finding's place in the draw of {@code seed}. */
  private static String rank(long seed, String fingerprint) {
    return Fingerprints.sha256(seed + ":" + fingerprint);
  }
}

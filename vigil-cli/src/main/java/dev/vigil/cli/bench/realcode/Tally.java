package dev.vigil.cli.bench.realcode;

import java.util.OptionalDouble;

/** Counts of verdicts over judged findings, and their precision. */
public record Tally(int real, int falsePositives, int unsure) {
  /** The tally of no judgement. */
  public static final Tally EMPTY = new Tally(0, 0, 0);

  /** Returns this tally with one more {@code verdict}. */
  public Tally plus(Verdict verdict) {
    return switch (verdict) {
      case REAL -> new Tally(real + 1, falsePositives, unsure);
      case FALSE -> new Tally(real, falsePositives + 1, unsure);
      case UNSURE -> new Tally(real, falsePositives, unsure + 1);
    };
  }

  /** Returns the sum of two tallies. */
  public Tally plus(Tally other) {
    return new Tally(real + other.real, falsePositives + other.falsePositives, unsure + other.unsure);
  }

  /** Returns the number of judged findings. */
  public int judged() {
    return real + falsePositives + unsure;
  }

  /** Returns REAL / (REAL + FALSE), empty when neither was judged; UNSURE counts on neither side. */
  public OptionalDouble precision() {
    int decided = real + falsePositives;
    return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) real / decided);
  }
}

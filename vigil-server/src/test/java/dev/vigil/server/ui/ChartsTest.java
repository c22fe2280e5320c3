package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void aHistoryOfAFewDaysLongAgoIsDrawnInDaysUnlessAFindingIsStillOpen() {
    List<RepositoryFacts.Span> spans = List.of(
        span("critical", "2024-05-01T10:00:00Z", "2024-05-03T10:00:00Z"),
        span("high", "2024-05-02T10:00:00Z", null));

    Charts.Buckets buckets = Charts.buckets(spans, NOW, false);

    assertThat(buckets.step()).isEqualTo(Duration.ofDays(1));
    assertThat(buckets.starts()).containsExactly(Instant.parse("2024-05-01T00:00:00Z"),
        Instant.parse("2024-05-02T00:00:00Z"), Instant.parse("2024-05-03T00:00:00Z"));
    assertThat(Charts.introducedVsFixed(spans, NOW).title()).isEqualTo("Introduced vs fixed per day");
    assertThat(Charts.buckets(spans, NOW, true).unit()).endsWith(" weeks");
    assertThat(Charts.introducedVsFixed(spans, NOW).description())
        .isEqualTo("2 findings introduced and 1 fixed since 1 May 2024.");
  }

  @Test
  void aRecentHistoryRunsToNowInWeeksAndCountsWhatIsOpenAtTheEndOfEachBucket() {
    List<RepositoryFacts.Span> spans = List.of(
        span("critical", "2026-09-01T10:00:00Z", "2026-10-01T10:00:00Z"),
        span("low", "2026-09-02T10:00:00Z", null));

    Charts.Buckets buckets = Charts.buckets(spans, NOW, true);
    Chart open = Charts.openBySeverity(spans, NOW);

    assertThat(buckets.step()).isEqualTo(Duration.ofDays(7));
    assertThat(buckets.starts().get(0)).isEqualTo(Instant.parse("2026-08-31T00:00:00Z"));
    assertThat(buckets.starts().get(buckets.starts().size() - 1)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(open.description()).isEqualTo("Open findings now: critical 0, high 0, medium 0, low 1, info 0.");
    assertThat(open.lines()).hasSize(5);
  }

  @Test
  void yearsOfHistoryUseSeveralWeeksPerBucket() {
    List<RepositoryFacts.Span> spans = List.of(span("medium", "2020-01-01T00:00:00Z", null));

    Charts.Buckets buckets = Charts.buckets(spans, NOW, true);

    assertThat(buckets.starts().size()).isLessThanOrEqualTo(26);
    assertThat(buckets.unit()).endsWith(" weeks");
  }

  @Test
  void noFindingsDrawNoChart() {
    assertThat(Charts.openBySeverity(List.of(), NOW)).isNull();
    assertThat(Charts.introducedVsFixed(List.of(), NOW)).isNull();
  }

  private static RepositoryFacts.Span span(String severity, String start, String fixed) {
    return new RepositoryFacts.Span(severity, Instant.parse(start), fixed == null ? null : Instant.parse(fixed));
  }
}

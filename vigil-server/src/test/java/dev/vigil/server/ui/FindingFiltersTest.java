package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingFiltersTest {
  private static FindingFilters sortedBy(String sort) {
    return new FindingFilters("7", null, null, null, null, null, null, null, null, null, null, sort, 1, 50);
  }

  @Test
  void defaultViewIsMostSevereFirstAndItsLinkTurnsToLeastSevereFirst() {
    FindingFilters view = sortedBy(null);

    assertThat(view.sortState("severity")).isEqualTo("descending");
    assertThat(view.sortMark("severity")).isEqualTo(" ▼");
    assertThat(view.sortUrl("severity")).isEqualTo("/findings?repositoryId=7&sort=severity");
  }

  @Test
  void severityAndConfidenceLinksStartWithTheMostOthersAscending() {
    FindingFilters view = sortedBy("path");

    assertThat(view.sortUrl("severity")).isEqualTo("/findings?repositoryId=7&sort=-severity");
    assertThat(view.sortUrl("confidence")).isEqualTo("/findings?repositoryId=7&sort=-confidence");
    assertThat(view.sortUrl("path")).isEqualTo("/findings?repositoryId=7&sort=-path");
    assertThat(view.sortUrl("line")).isEqualTo("/findings?repositoryId=7&sort=line");
    assertThat(sortedBy("-path").sortUrl("path")).isEqualTo("/findings?repositoryId=7&sort=path");
  }
}

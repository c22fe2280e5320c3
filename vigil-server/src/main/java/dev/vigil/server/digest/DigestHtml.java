package dev.vigil.server.digest;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.ui.Chart;
import dev.vigil.server.ui.Charts;
import dev.vigil.server.ui.RepositoryFacts;
import dev.vigil.server.ui.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a digest as one self-contained HTML document (the web UI's stylesheet inlined), with each
 * repository's charts as inline SVG: open findings by severity over time, introduced versus fixed.
 */
public final class DigestHtml {
  private final RepositoryFacts facts;
  private final Templates templates = new Templates();
  private final String css;

  /** Creates the writer; {@code jdbi} reads each repository's chart data. */
  public DigestHtml(Jdbi jdbi) {
    this.facts = new RepositoryFacts(jdbi);
    try (InputStream in = DigestHtml.class.getResourceAsStream("/static/vigil.css")) {
      this.css = new String(Objects.requireNonNull(in, "vigil.css").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the template reads: the digest, each repository's charts, and the stylesheet. */
  public record View(Digest digest, Map<Long, List<Chart>> chartsById, String css) {
    /** Returns the digest's title. */
    public String title() {
      return new DigestText(Markup.MARKDOWN, digest).title();
    }

    /** Returns the charts of one repository (none before its first finding). */
    public List<Chart> charts(RepositoryDigest part) {
      return chartsById.getOrDefault(part.repository().id(), List.of());
    }

    /** Returns who owns a finding, as the digest says it. */
    public String owner(FindingRecord f) {
      return DigestText.ownerOf(f);
    }
  }

  /** Returns the HTML of {@code digest}. */
  String write(Digest digest) {
    Map<Long, List<Chart>> charts = new HashMap<>();
    for (RepositoryDigest part : digest.repositories()) {
      List<RepositoryFacts.Span> spans = facts.spans(part.repository().id());
      List<Chart> drawn = new ArrayList<>();
      for (Chart chart : new Chart[] {Charts.openBySeverity(spans, digest.until()),
          Charts.introducedVsFixed(spans, digest.until())}) {
        if (chart != null) drawn.add(chart);
      }
      charts.put(part.repository().id(), drawn);
    }
    return templates.render("digest.jte", Map.of("view", new View(digest, charts, css)));
  }
}

package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One OSV advisory, as much of it as findings need.
 *
 * @param id the OSV id, e.g. {@code GHSA-jfh8-c2jp-5v3q}
 * @param modified the {@code modified} timestamp as written, to keep the newest of two copies
 * @param aliases other ids of the same vulnerability (CVE, GHSA...)
 * @param summary the one-line summary, or the start of the details when there is none
 * @param cwes the CWE numbers from {@code database_specific.cwe_ids}
 * @param severity the rating Vigil gives it
 * @param rating where the rating comes from, e.g. {@code CVSS 9.8 (CVSS:3.1/...)}
 * @param affected the packages it affects in the ecosystems Vigil reads
 */
public record Advisory(String id, String modified, List<String> aliases, String summary,
    List<Integer> cwes, Severity severity, String rating, List<AffectedPackage> affected) {

  public Advisory {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(severity, "severity == null");
    modified = modified == null ? "" : modified;
    aliases = List.copyOf(aliases);
    summary = summary == null ? "" : summary;
    cwes = List.copyOf(cwes);
    rating = rating == null ? "" : rating;
    affected = List.copyOf(affected);
  }
}

package dev.vigil.server.digest;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.threat.RankedFinding;
import dev.vigil.server.ui.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a repository's digest as lines of text in one {@link Markup}, in the order the
 * issue lists them; Markdown and Slack share them so both say the same thing.
 */
final class DigestText {
  /** A section: its title and lines (an empty list reads "None."). */
  record Section(String title, List<String> lines) {}

  private final Markup markup;
  private final Digest digest;

  DigestText(Markup markup, Digest digest) {
    this.markup = markup;
    this.digest = digest;
  }

  /** Returns the title of the whole digest. */
  String title() {
    return "Vigil weekly digest, " + Format.day(digest.since()) + " to " + Format.day(digest.until());
  }

  /** Returns the sections of one repository. */
  List<Section> sections(RepositoryDigest part) {
    List<Section> sections = new ArrayList<>();
    List<String> top = new ArrayList<>();
    int rank = 1;
    for (RankedFinding ranked : part.recommended()) {
      top.add(rank++ + ". " + finding(ranked.finding()) + owner(ranked.finding()) + " — " + markup.text(ranked.reason()));
    }
    sections.add(new Section("Recommended top 10", top));
    sections.add(new Section("New high and critical findings (" + part.newSevere().size() + ")",
        part.newSevere().stream().map(f -> "- " + finding(f) + introduced(f)).toList()));
    sections.add(new Section("Fixed (" + part.fixed().size() + ")",
        part.fixed().stream().map(f -> "- " + finding(f) + fixedIn(f)).toList()));
    sections.add(new Section("Deferred findings now due (" + part.deferredDue().size() + ")",
        part.deferredDue().stream().map(f -> "- " + finding(f) + ", due " + f.deferredUntil() + owner(f)).toList()));
    sections.add(new Section("Threat model", part.threatModelNeedsReview()
        ? List.of("- " + markup.link("Needs review", link(part, "/threat-model")) + ": "
            + markup.text(String.join("; ", part.threatModelChanges())))
        : List.of("- Nothing to review.")));
    sections.add(new Section("Scans", List.of("- " + (part.staleScan() == null ? "Up to date."
        : markup.link("Stale", link(part, "/scans")) + ": " + markup.text(part.staleScan())))));
    sections.add(new Section("Environments failing their health check (" + part.failingEnvironments().size() + ")",
        part.failingEnvironments().stream().map(e -> "- " + markup.link(markup.text(e.name()),
            link(part, "/environments#environment-" + e.id())) + ": " + markup.text(e.reason())).toList()));
    sections.add(new Section("False positives rejected (" + part.rejections().size() + ")",
        part.rejections().stream().map(r -> "- " + finding(r.finding()) + ", rejected by " + markup.text(r.actor())
            + " on " + Format.day(r.at()) + ": \"" + markup.text(r.reason()) + "\". Suggestion: "
            + markup.text(r.suggestion())).toList()));
    return sections;
  }

  private String finding(FindingRecord f) {
    return markup.bold(f.severity()) + " " + markup.link("#" + f.id(), digest.link("/findings/" + f.id())) + " "
        + markup.code(f.ruleId()) + " in " + markup.code(f.path() + ":" + f.line()) + ": " + markup.text(f.message());
  }

  private String owner(FindingRecord f) {
    return " (" + markup.text(ownerOf(f)) + ")";
  }

  /** Returns who owns a finding: the assigned owner, else the suggested ones, else "no owner". */
  static String ownerOf(FindingRecord f) {
    if (f.owner() != null) return "owner " + f.owner();
    return f.suggestedOwners().isEmpty() ? "no owner" : "suggested owner " + String.join(", ", f.suggestedOwners());
  }

  private String introduced(FindingRecord f) {
    return f.introducedIn() == null ? "" : ", introduced in " + markup.code(Format.sha(f.introducedIn().sha()))
        + " by " + markup.text(f.introducedIn().author());
  }

  private String fixedIn(FindingRecord f) {
    return ", fixed in " + markup.code(Format.sha(f.fixedIn().sha())) + " by " + markup.text(f.fixedIn().author())
        + " on " + Format.day(f.fixedIn().date()) + " (\"" + markup.text(Format.subject(f.fixedIn().message())) + "\")";
  }

  private String link(RepositoryDigest part, String page) {
    return digest.link("/repositories/" + part.repository().id() + page);
  }
}

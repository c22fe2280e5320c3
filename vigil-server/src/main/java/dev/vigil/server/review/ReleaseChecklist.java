package dev.vigil.server.review;

import dev.vigil.server.store.RepositoryRecord;
import java.util.List;

/** A release review: the repository, the release as asked for and the commit it names, the items. */
public record ReleaseChecklist(RepositoryRecord repository, String ref, String commit, List<ReviewItem> items) {
  public ReleaseChecklist {
    items = List.copyOf(items);
  }

  /** Returns true when every item is decided: the release may ship as far as this review goes. */
  public boolean decided() {
    return items.stream().allMatch(ReviewItem::decided);
  }

  /** Returns the number of items still to decide. */
  public long open() {
    return items.stream().filter(item -> !item.decided()).count();
  }

  /** Returns the checklist as text: a summary line, then one {@code [x]} or {@code [ ]} line per item. */
  public String text() {
    StringBuilder out = new StringBuilder("Release review of " + repository.name() + " at " + ref + " ("
        + commit.substring(0, Math.min(12, commit.length())) + "): " + items.size() + " items, "
        + (items.size() - open()) + " decided, " + open() + " to decide\n");
    for (ReviewItem item : items) {
      var f = item.finding();
      out.append(item.decided() ? "[x] " : "[ ] ").append('#').append(f.id()).append(' ').append(f.severity())
          .append(' ').append(f.ruleId()).append(' ').append(f.path()).append(':').append(f.line())
          .append(" — ").append(item.decision()).append(" (in release: ").append(item.present())
          .append("; validated: ").append(item.verdict()).append("; owner: ").append(item.owner())
          .append("; patch: ").append(item.patch()).append(")\n");
    }
    return out.toString();
  }
}

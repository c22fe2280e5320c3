package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchVerdict;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.validation.ValidationStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Remediation patches of findings with their validation records: proposed, then possibly edited. */
public final class PatchStore {
  private static final TypeReference<List<ValidationStep>> STEPS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final Jdbi jdbi;

  public PatchStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * A stored patch: its finding, the commit it applies to, the diff, its newest validation, who
   * proposed and last edited it, and who approved its current diff (null until someone does).
   */
  public record PatchRecord(long id, long findingId, String commit, String diff, List<String> files,
      String rationale, List<String> notes, PatchValidation validation, String proposedBy, String editedBy,
      Instant createdAt, Instant updatedAt, String approvedBy, Instant approvedAt) {
    public PatchRecord {
      Objects.requireNonNull(diff, "diff == null");
      files = List.copyOf(files);
      notes = List.copyOf(notes);
    }
  }

  /** Stores a patch proposed by {@code user} for {@code findingId} at {@code commit}; returns its record. */
  public PatchRecord propose(long findingId, String commit, RemediationPatch patch, PatchValidation validation,
      String user, Instant at) {
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO finding_patches (finding_id, commit_sha, diff, files, "
            + "rationale, notes, verdict, steps, proposed_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, findingId).bind(1, commit).bind(2, patch.diff()).bind(3, Json.write(patch.files()))
        .bind(4, clip(patch.rationale())).bind(5, Json.write(patch.notes())).bind(6, validation.verdict().label())
        .bind(7, Json.write(validation.steps())).bind(8, user).bind(9, at).bind(10, at)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return find(id).orElseThrow();
  }

  /** Replaces the patch's diff and validation with a reviewer's edit, which clears its approval; returns the new record. */
  public PatchRecord edit(long id, RemediationPatch patch, PatchValidation validation, String user, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE finding_patches SET diff = ?, files = ?, verdict = ?, steps = ?, "
            + "edited_by = ?, updated_at = ?, approved_by = NULL, approved_at = NULL WHERE id = ?")
        .bind(0, patch.diff()).bind(1, Json.write(patch.files())).bind(2, validation.verdict().label())
        .bind(3, Json.write(validation.steps())).bind(4, user).bind(5, at).bind(6, id).execute());
    return find(id).orElseThrow();
  }

  /**
   * Replaces the validation of the patch's diff as it was last changed at {@code changedAt} with
   * the sandbox's record; returns false, changing nothing, when the diff changed since (a newer
   * validation supersedes this one) or its validation is no longer running.
   */
  public boolean complete(long id, Instant changedAt, PatchValidation validation) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE finding_patches SET verdict = ?, steps = ? "
            + "WHERE id = ? AND updated_at = ? AND verdict = ?")
        .bind(0, validation.verdict().label()).bind(1, Json.write(validation.steps())).bind(2, id).bind(3, changedAt)
        .bind(4, PatchVerdict.VALIDATING.label()).execute()) == 1;
  }

  /** A patch whose sandbox validation is still to finish: its id and when its diff last changed. */
  public record Pending(long id, Instant changedAt) {}

  /** Returns the patches still validating, oldest first: the jobs that must (still) run for them. */
  public List<Pending> validating() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, updated_at FROM finding_patches WHERE verdict = ? ORDER BY id")
        .bind(0, PatchVerdict.VALIDATING.label())
        .map((rs, ctx) -> new Pending(rs.getLong("id"), Rows.instant(rs, "updated_at"))).list());
  }

  /**
   * Records that {@code user} approved the patch's diff as it was last changed at {@code changedAt};
   * returns the new record, or empty when the diff changed since (the reviewer saw another one).
   */
  public Optional<PatchRecord> approve(long id, Instant changedAt, String user, Instant at) {
    int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE finding_patches SET approved_by = ?, approved_at = ? "
            + "WHERE id = ? AND updated_at = ?")
        .bind(0, user).bind(1, at).bind(2, id).bind(3, changedAt).execute());
    return updated == 0 ? Optional.empty() : find(id);
  }

  /** How many findings of a repository still to fix have a patch, and how many of those patches are approved. */
  public record Review(long proposed, long approved, Long firstUnapprovedFinding) {}

  /** Returns the review counts of the newest patch of each open, accepted or deferred finding of a repository. */
  public Review review(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT p.finding_id, p.approved_by FROM finding_patches p "
            + "JOIN findings f ON f.id = p.finding_id WHERE f.repository_id = ? "
            + "AND f.status IN ('open', 'accepted', 'deferred') "
            + "AND p.id = (SELECT MAX(q.id) FROM finding_patches q WHERE q.finding_id = p.finding_id) "
            + "ORDER BY p.finding_id")
        .bind(0, repositoryId)
        .reduceRows(new Review(0, 0, null), (review, row) -> new Review(review.proposed() + 1,
            review.approved() + (row.getColumn("approved_by", String.class) == null ? 0 : 1),
            review.firstUnapprovedFinding() != null || row.getColumn("approved_by", String.class) != null
                ? review.firstUnapprovedFinding() : row.getColumn("finding_id", Long.class))));
  }

  /** Returns the patch with {@code id}, if there is one. */
  public Optional<PatchRecord> find(long id) {
    return query("WHERE id = ?", id);
  }

  /** Returns the newest patch of the finding, if one was proposed. */
  public Optional<PatchRecord> latest(long findingId) {
    return query("WHERE finding_id = ? ORDER BY created_at DESC, id DESC", findingId);
  }

  private Optional<PatchRecord> query(String where, long key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM finding_patches " + where).bind(0, key).setMaxRows(1)
        .map((rs, ctx) -> new PatchRecord(rs.getLong("id"), rs.getLong("finding_id"), rs.getString("commit_sha"),
            rs.getString("diff"), Json.read(rs.getString("files"), STRINGS), rs.getString("rationale"),
            Json.read(rs.getString("notes"), STRINGS),
            new PatchValidation(PatchVerdict.parse(rs.getString("verdict")), Json.read(rs.getString("steps"), STEPS)),
            rs.getString("proposed_by"), rs.getString("edited_by"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"), rs.getString("approved_by"), Rows.instant(rs, "approved_at")))
        .findFirst());
  }

  /** Returns {@code text} cut to fit a 4000-character column; null stays null. */
  static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + "…";
  }
}

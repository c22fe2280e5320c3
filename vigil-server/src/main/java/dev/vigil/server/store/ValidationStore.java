package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.Verdict;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Validation records, one per finding and head commit: validating again at the same commit
 * replaces the record, and only the newest {@link #KEPT} records of a finding are kept; the newest
 * record's verdict is copied onto the finding for lists, filters and ranking.
 */
public final class ValidationStore {
  private static final TypeReference<List<ValidationStep>> STEPS = new TypeReference<>() {};
  /** How many records a finding keeps (its newest head commits); older ones are pruned. */
  public static final int KEPT = 3;
  private final Jdbi jdbi;

  public ValidationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores {@code record} as the finding's record at its commit and makes its verdict current. */
  public void record(long findingId, ValidationRecord record) {
    jdbi.useTransaction(h -> {
      h.createUpdate("DELETE FROM finding_validations WHERE finding_id = ? AND commit_sha = ?")
          .bind(0, findingId).bind(1, record.commit()).execute();
      h.createUpdate("INSERT INTO finding_validations (finding_id, commit_sha, verdict, reason, steps, "
              + "validated_at) VALUES (?, ?, ?, ?, ?, ?)")
          .bind(0, findingId).bind(1, record.commit()).bind(2, record.verdict().label())
          .bind(3, clip(record.reason())).bind(4, Json.write(record.steps()))
          .bind(5, record.validatedAt()).execute();
      List<Long> older = h.createQuery("SELECT id FROM finding_validations WHERE finding_id = ? "
              + "ORDER BY validated_at DESC, id DESC")
          .bind(0, findingId).mapTo(Long.class).list().stream().skip(KEPT).toList();
      for (long id : older) h.createUpdate("DELETE FROM finding_validations WHERE id = ?").bind(0, id).execute();
      h.createUpdate("UPDATE findings SET verdict = ?, validated = ? WHERE id = ?")
          .bind(0, record.verdict().label()).bind(1, record.verdict() == Verdict.REPRODUCED)
          .bind(2, findingId).execute();
    });
  }

  /** Returns the finding's newest record, if it was ever validated. */
  public Optional<ValidationRecord> latest(long findingId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT verdict, reason, steps, validated_at, commit_sha "
            + "FROM finding_validations WHERE finding_id = ? ORDER BY validated_at DESC, id DESC")
        .bind(0, findingId).setMaxRows(1)
        .map((rs, ctx) -> new ValidationRecord(Verdict.parse(rs.getString("verdict")),
            rs.getString("reason"), Json.read(rs.getString("steps"), STEPS),
            Rows.instant(rs, "validated_at"), rs.getString("commit_sha")))
        .findFirst());
  }

  /** Returns how many records the finding has (one per head commit it was validated at). */
  public int count(long findingId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM finding_validations WHERE finding_id = ?")
        .bind(0, findingId).mapTo(Integer.class).one());
  }

  private static String clip(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3990) + "…";
  }
}

package dev.vigil.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads column values the same way on H2 and PostgreSQL. */
final class Rows {
  private Rows() {}

  /** Returns a timestamp-with-time-zone column as an instant, or null. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}

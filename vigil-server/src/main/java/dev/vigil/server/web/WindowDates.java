package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The end of a scan's date range as the API takes it: a date (its whole day, UTC) or a time. */
public final class WindowDates {
  private WindowDates() {}

  /** Returns the last moment {@code value} covers; a 400 naming {@code field} if it is no date. */
  static Instant endOf(String field, JsonNode value) {
    return endOf(field, value == null || !value.isTextual() ? "" : value.asText());
  }

  /** Returns the last moment {@code text} covers (a date: its whole day, UTC; or a time); a 400 naming {@code field} otherwise. */
  public static Instant endOf(String field, String text) {
    try {
      return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(86_399);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException notATime) {
        throw ApiException.badRequest(field, field + " must be a date like 2024-01-31 or a time like 2024-01-31T10:00:00Z");
      }
    }
  }
}

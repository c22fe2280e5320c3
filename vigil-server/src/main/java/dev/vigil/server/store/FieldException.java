package dev.vigil.server.store;

/** Bad input in a named field; the API answers 400 with the field and the message. */
public final class FieldException extends IllegalArgumentException {
  private final String field;

  public FieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** Returns the name of the field that was wrong. */
  public String field() {
    return field;
  }
}

package dev.vigil.engine.fix;

/** A diff that cannot be read or does not apply to the files it names; the message says where. */
public final class PatchFormatException extends RuntimeException {
  public PatchFormatException(String message) {
    super(message);
  }
}

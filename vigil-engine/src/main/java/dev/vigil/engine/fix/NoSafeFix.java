package dev.vigil.engine.fix;

/** Thrown inside a generator when the finding's code has no safe automatic fix; the message says why. */
final class NoSafeFix extends RuntimeException {
  NoSafeFix(String reason) {
    super(reason, null, false, false);
  }
}

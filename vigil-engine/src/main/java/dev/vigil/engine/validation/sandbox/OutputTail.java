package dev.vigil.engine.validation.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * The tail of a command's output, kept in a ring of fixed size while counting every byte, so a
 * command that prints gigabytes costs no memory and can be stopped at the output limit.
 */
final class OutputTail {
  private final byte[] ring;
  private long total;

  OutputTail(int capacity) {
    this.ring = new byte[capacity];
  }

  /** Appends {@code length} bytes of {@code bytes} from {@code offset}. */
  synchronized void append(byte[] bytes, int offset, int length) {
    for (int i = 0; i < length; i++) ring[(int) ((total + i) % ring.length)] = bytes[offset + i];
    total += length;
  }

  /** Returns how many bytes were appended in all. */
  synchronized long total() {
    return total;
  }

  /** Returns the kept tail as text (invalid UTF-8 replaced), and whether earlier bytes were dropped. */
  synchronized String text() {
    int kept = (int) Math.min(total, ring.length);
    byte[] tail = new byte[kept];
    for (int i = 0; i < kept; i++) tail[i] = ring[(int) ((total - kept + i) % ring.length)];
    return new String(tail, StandardCharsets.UTF_8);
  }

  /** Returns true if the start of the output is no longer kept. */
  synchronized boolean dropped() {
    return total > ring.length;
  }
}

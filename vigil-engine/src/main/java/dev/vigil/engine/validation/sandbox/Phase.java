package dev.vigil.engine.validation.sandbox;

import java.util.Locale;

/**
 * A step of an environment's life in the sandbox. Only {@link #SETUP} has the network, the
 * environment's secrets and a writable dependency cache; every later phase runs without them.
 */
public enum Phase {
  SETUP, BUILD, TEST, VALIDATION;

  /** Returns true if the phase may reach the network and see the secrets: setup only. */
  public boolean trusted() {
    return this == SETUP;
  }

  /** Returns the lower-case name used in records and in {@code VIGIL_PHASE}, e.g. {@code "build"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

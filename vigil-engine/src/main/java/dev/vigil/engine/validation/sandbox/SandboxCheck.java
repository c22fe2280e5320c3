package dev.vigil.engine.validation.sandbox;

/** Whether a sandbox can start on this machine: what was seen, and what to do when it cannot. */
public record SandboxCheck(boolean ok, String detail, String hint) {}

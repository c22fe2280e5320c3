package dev.vigil.engine.git;

/**
 * A fact: a finding was present in a file version. Recorded once per blob the finding appears in,
 * at the newest commit of the window that carries that blob.
 */
public record Sighting(String commitSha, String path, int line, String blobId) {}

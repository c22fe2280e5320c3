package dev.vigil.engine.analysis.deps;

/**
 * An advisory that affects a package version: the advisory and the affected-package entry that
 * matched, from which the affected ranges and the smallest fixing upgrade follow.
 */
public record AdvisoryMatch(Advisory advisory, AffectedPackage affected) {}

package dev.vigil.cli.bench.realworld;

/** The findings of the newest tree of a repository, against its lines of main code. */
public record HeadDensity(String repository, String commit, long mainLines, int findings) {}

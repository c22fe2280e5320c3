/**
 * Vulnerable dependencies against an offline OSV database.
 *
 * <p>Public API: {@link dev.vigil.engine.analysis.deps.AdvisoryDatabase#load(java.nio.file.Path)}
 * reads a folder of OSV JSON records or a zip of them (the public OSV export format) and throws
 * {@link dev.vigil.engine.analysis.deps.AdvisoryLoadException} with a readable message on bad
 * input; records it had to skip are in {@code problems()}, for the caller to print as warnings.
 * {@code new DependencyAnalyzer(database)} is the analyzer (id {@code deps}); the command line
 * builds it from {@code --advisories DIR_OR_ZIP} and adds it to the built-in registry's analyzers.
 * {@link dev.vigil.engine.analysis.deps.DependencyReachability} answers, for a whole tree, whether
 * the code imports a package; the pass should attach its answer as evidence (see its class comment).
 *
 * <p>Commit-level facts come from the pass: a finding's context key is the advisory id plus the
 * package, not the version, so it is introduced by the commit that brought the first vulnerable
 * version and fixed by the one that upgraded past the advisory.
 *
 * <p>Cross-file versions: passes analyse manifests as a project ({@code
 * DependencyAnalyzer.openSession}): Maven parents and BOM imports in the tree ({@code
 * PomInheritance}), {@code gradle.properties} and the root build's extra properties are
 * resolved, and a finding belongs to the manifest that declares the dependency. pip ranges and
 * Maven version ranges are reported as not pinned ({@code VersionRequirement}): medium confidence
 * when the newest allowed version is affected, low when only older ones are; bare names are not
 * reported.
 *
 * <p>Known gaps: parents and BOMs outside the repository (or named other than {@code pom.xml}),
 * Gradle versions set in another subproject's build, {@code buildSrc} or a platform, and transitive dependencies that
 * appear in no lock file are not seen; affected functions named by an advisory (Go's
 * {@code ecosystem_specific.imports}) are named in findings, and checked only by the tree-level
 * {@link dev.vigil.engine.analysis.deps.DependencyReachability}.
 */
package dev.vigil.engine.analysis.deps;

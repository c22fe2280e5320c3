/**
 * The threat model: inferred from a tree, edited by people as YAML, and ranking findings. A plain
 * library of pure functions; versions (author, time, commit) and storage are the server's. The
 * format and the ranking formula are documented in {@code docs/threat-model.md}.
 *
 * <p>Public API:
 * <ul>
 *   <li>{@code new ThreatModelInference().infer(SourceTree.ofCommit(repository, sha))} (or
 *       {@code SourceTree.ofFolder(path)}) returns an {@link dev.vigil.engine.threatmodel.Inference}:
 *       the draft {@link dev.vigil.engine.threatmodel.ThreatModel}, the
 *       {@link dev.vigil.engine.threatmodel.CallGraph} of the repository's own Java code, and the
 *       files that could not be read or parsed.
 *   <li>{@link dev.vigil.engine.threatmodel.ThreatModelYaml} writes a model and parses an edited
 *       one, throwing {@link dev.vigil.engine.threatmodel.ThreatModelException} with the line and
 *       the reason.
 *   <li>{@link dev.vigil.engine.threatmodel.ThreatModelDiff#between} lists what changed between two
 *       versions; {@link dev.vigil.engine.threatmodel.Staleness#check} says whether the inference at
 *       a newer commit needs the model reviewed.
 *   <li>{@code new Ranker(model, callGraph).rank(RankingInput)} returns a
 *       {@link dev.vigil.engine.threatmodel.Ranking}; {@link dev.vigil.engine.threatmodel.Ranker#recommended}
 *       keeps the top open findings in scope; {@link dev.vigil.engine.threatmodel.CodeShape} tells
 *       which rejected findings are look-alikes of an open one.
 *   <li>{@code new ImpactReasoning(model, callGraph).explain(finding)} writes which entry point
 *       reaches a finding, across which boundaries, touching which sensitive data.
 * </ul>
 *
 * <p>Python and JavaScript/TypeScript: entry points (the taint models' entry-point rows: Flask,
 * FastAPI, Django, Express, Koa, Fastify, Next.js, Node HTTP servers; main guards for command-line
 * programs) and call graph ({@code ScriptCode}); their areas and sensitive data are not inferred yet.
 *
 * <p>Known gaps: Java only for areas and sensitive data; routes written with
 * constants from outside the repository show the constant's name; functional Spring routes and servlets registered in code are
 * not found; the call graph follows declared types and imports, not framework dispatch; sensitive
 * data and areas are decided by names and patterns.
 */
package dev.vigil.engine.threatmodel;

/**
 * Remediation: a minimal, style-preserving patch for a finding, checked against the product's patch
 * rules and validated like a finding is.
 *
 * <p><b>What.</b> {@link dev.vigil.engine.fix.Remediation#propose} returns a
 * {@link dev.vigil.engine.fix.Proposal}: a {@link dev.vigil.engine.fix.RemediationPatch} (file edits,
 * rationale, notes such as "rotate the secret"; its unified diff is derived from the edits), or the
 * reason no safe automatic fix exists (the API's 422). One {@link dev.vigil.engine.fix.FixGenerator}
 * per rule family: SQL injection (PreparedStatement, JdbcTemplate arguments, JPA parameters), command
 * injection (argument list, no shell), path traversal (containment check), open redirect (relative
 * targets only), weak hash (SHA-256; passwords refused), predictable randomness (SecureRandom),
 * cookie flags, hard-coded secrets (environment variable plus rotation note).
 *
 * <p><b>How.</b> Java generators edit JavaParser trees set up for the lexical-preserving printer, so
 * only the replaced nodes are re-printed; new statements and imports are inserted as text after
 * printing (indented like their neighbour, imports where they sort), because the printer re-indents
 * a block's other statements when one is added. {@link dev.vigil.engine.fix.PatchRules} then checks
 * every patch, generated or edited by a reviewer: it stays within the members of the finding's
 * evidence (and the fields they read), widens no permission, swallows no exception, and keeps every
 * signature (no risk moved to callers). {@link dev.vigil.engine.fix.PatchValidator} validates on a
 * throwaway tree: applies, re-analyses (the finding's rule reports fewer findings in its file, no
 * rule more in any patched file: fingerprints cannot be compared, the patch changes the code they
 * are made of), parses, and builds where an environment gives a {@code BuildCheck}.
 *
 * <p><b>Approximated.</b> Generators read the code syntactically (declared types, no symbol
 * solving), so they refuse what they cannot see: SQL built by format strings or helpers, values in
 * identifier places, commands built outside the call. A refusal is an answer, not an error.
 *
 * <p><b>Next.</b> XXE (secure parser features), workflow script injection (through {@code env:}),
 * vulnerable dependencies (the fixing version where it is really set), XSS (an encoder), the
 * sandbox build and test run of the patched tree, and a regression test where the fix allows one.
 */
package dev.vigil.engine.fix;

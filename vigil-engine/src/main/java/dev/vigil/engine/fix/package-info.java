/**
 * Remediation: a minimal, style-preserving patch for a finding, checked against the product's patch
 * rules and validated like a finding is.
 *
 * <p><b>What.</b> {@link dev.vigil.engine.fix.Remediation#propose} returns a
 * {@link dev.vigil.engine.fix.Proposal}: a {@link dev.vigil.engine.fix.RemediationPatch} (file edits,
 * rationale, notes such as "rotate the secret"; its unified diff is derived from the edits), or the
 * reason no safe automatic fix exists (the API's 422). One {@link dev.vigil.engine.fix.FixGenerator}
 * per rule family: SQL injection (PreparedStatement, JdbcTemplate arguments, JPA parameters), command
 * injection (argument list, no shell, {@code --} before the value), path traversal (containment
 * check; for archive extraction, each entry's path under the destination), open redirect (relative
 * targets only), XSS (an encoder for the output context, also for a handler's returned HTML: one the
 * build has, else the OWASP Java Encoder added to the pom or Gradle build), XXE (the parser factory's
 * secure features; a factory made inside a chain becomes a hardened local), weak hash (SHA-256;
 * passwords refused), predictable randomness (SecureRandom), cookie flags, hard-coded secrets
 * (environment variable plus rotation note), vulnerable Maven and Gradle dependencies (the smallest
 * fixing version, where the version is set: the dependency, its property or variable, the parent's
 * management, {@code gradle.properties}, the version catalog),
 * workflow script injection (the expression through the step's {@code env:}).
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
 * are made of), parses; where an environment exists ({@link dev.vigil.engine.fix.SandboxPatchRun}),
 * in the sandbox: the patched tree builds and passes the environment's tests (offline, no secrets),
 * a generated security regression test ({@link dev.vigil.engine.fix.RegressionTests}: a JUnit 4 or 5
 * test in the module's test folder calling the servlet handler, Spring or JAX-RS handler or plain
 * method with an attack value in the parameter the flow uses; for XXE, a document whose external
 * entity a loopback listener serves) fails before the patch and passes after it, and the marker
 * harness that reproduced the finding no longer reaches the sink. Where no test can be written (an
 * injected constructor, a private method, no JUnit in the build), the record says why.
 * The regression test can travel in the patch itself ({@code RegressionTests.addTo}: a file the diff
 * creates, {@code --- /dev/null}), so a reviewer reads it and the fix's commit carries it; a test a
 * patch adds is written before the unpatched run, and the patch rules check the rest of the patch.
 * {@link dev.vigil.engine.fix.TreeFiles} writes patched files into a checkout without following links.
 *
 * <p><b>Approximated.</b> Generators read the code syntactically (declared types, no symbol
 * solving), so they refuse what they cannot see: SQL built by format strings or helpers, values in
 * identifier places, commands built outside the call. A refusal is an answer, not an error.
 *
 * <p><b>Next.</b> Regression tests for classes whose dependencies are injected (the project's own
 * wiring or test fixtures); a parser factory kept in a field (hardening in an initializer); SQL in a
 * try-with-resources header (the result set must move into the block); Gradle builds in the sandbox.
 */
package dev.vigil.engine.fix;

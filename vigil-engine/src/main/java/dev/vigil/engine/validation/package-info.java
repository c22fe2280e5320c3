/**
 * Validation: what can be proved about a finding, recorded step by step with its output and a
 * verdict, so a person knows at a glance whether it is worth their time.
 *
 * <p><b>What.</b> A {@link dev.vigil.engine.validation.ValidationRecord} is a value: verdict
 * ({@code reproduced}, {@code likely}, {@code not-reproduced}, {@code not-present},
 * {@code could-not-validate}), a reason, the steps (name, passed/failed/not-applicable, command,
 * output, duration), when, and the commit. The server stores one per finding and head commit;
 * ranking reads the verdict; reports carry the record.
 *
 * <p><b>How.</b> {@link dev.vigil.engine.validation.HeadAnalysis} re-analyses the head's tree the
 * way a scan's first step does, giving a {@link dev.vigil.engine.validation.HeadSnapshot} shared
 * by every finding of the repository at that commit. {@link dev.vigil.engine.validation.Validation}
 * runs one {@link dev.vigil.engine.validation.Validator} per kind of proof, in order:
 * <ol>
 *   <li>{@link dev.vigil.engine.validation.PresentAtHead}: the fingerprint is still reported;
 *   <li>{@link dev.vigil.engine.validation.Reachable}: an entry point of the threat model reaches the
 *       finding's method in the call graph; the chain of methods is the output;
 *   <li>{@link dev.vigil.engine.validation.SecretCheck} (secrets only): still in the head tree, and
 *       whether its format carries a checksum that verifies;
 *   <li>{@link dev.vigil.engine.validation.BuildStep}: the environment's setup and build at the
 *       commit, run once in the sandbox by a {@link dev.vigil.engine.validation.CommitBuild} shared
 *       by every finding validated there;
 *   <li>{@link dev.vigil.engine.validation.harness.MarkerHarness}: a generated harness calls the
 *       finding's entry point with a marker on the build's output, in the sandbox, while a Java
 *       agent hooks the sinks of its kind (see that package). Without an environment both are
 *       {@link dev.vigil.engine.validation.SandboxStep}s saying so.
 * </ol>
 * Each returns a {@link dev.vigil.engine.validation.Proof}: its step and the verdict it alone
 * supports, or none. The first verdict of {@link dev.vigil.engine.validation.Verdict#PRECEDENCE}
 * wins: not-present, then reproduced, not-reproduced, likely, could-not-validate.
 *
 * <p><b>Approximated.</b> Reachability is that of the call graph (declared types and imports, no
 * framework dispatch), so "not reached" decides nothing. A secret's checksum is the one its rule
 * verified at detection; nothing is sent to the secret's provider. Only the build and the harness
 * run repository code, and only in the sandbox; the harness drives one method with proxies for
 * what it needs, so a flow that needs real state (a session, a database row) may not reach its
 * sink: that is "marker not observed", never a proof of safety.
 *
 * <p><b>Next.</b> A ReDoS validator (timing generated evil strings against a pattern in the
 * sandbox) waits for a rule that reports regular expressions fed by tainted input; XXE and
 * deserialization need payloads rather than a marker.
 */
package dev.vigil.engine.validation;

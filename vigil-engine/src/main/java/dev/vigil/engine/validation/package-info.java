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
 *   <li>{@link dev.vigil.engine.validation.SandboxStep}s: the build and the reproduction, which run
 *       the repository's code and so belong to the sandbox.
 * </ol>
 * Each returns a {@link dev.vigil.engine.validation.Proof}: its step and the verdict it alone
 * supports, or none. The first verdict of {@link dev.vigil.engine.validation.Verdict#PRECEDENCE}
 * wins: not-present, then reproduced, not-reproduced, likely, could-not-validate.
 *
 * <p><b>Approximated.</b> Reachability is that of the call graph (declared types and imports, no
 * framework dispatch), so "not reached" decides nothing. A secret's checksum is the one its rule
 * verified at detection; nothing is sent to the secret's provider. Nothing here runs repository
 * code: validators read Git objects and run Vigil's own analyses.
 *
 * <p><b>Next.</b> The build step and the marker harness (generated Java calling the entry method
 * with a unique marker, a Java agent recording sink arguments) run in the sandbox; until then they
 * are recorded as not applicable with the reason. A ReDoS validator (timing generated evil strings
 * against a pattern with Vigil's own regex engine, in a thread with a time budget) waits for a rule
 * that reports regular expressions fed by tainted input.
 */
package dev.vigil.engine.validation;

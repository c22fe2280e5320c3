/**
 * The marker harness: proof that untrusted input reaches a sink, by running the code in the sandbox.
 *
 * <p><b>What.</b> For a Java taint finding, {@link dev.vigil.engine.validation.harness.MarkerHarness}
 * (the {@code reproduce} step) calls the finding's entry point with a unique marker as every
 * untrusted value and watches the sinks the taint models name for the finding's kind. Reproduced =
 * the marker reached a sink's argument intact; otherwise the reason says why not.
 *
 * <p><b>How.</b>
 * <ol>
 *   <li>{@code EntryPoints} parses the files of the finding's evidence in the built work tree and
 *       picks the first method on the flow that is a request handler (servlet {@code do*}, Spring
 *       or JAX-RS annotations), else the method holding the source.
 *   <li>{@code Marker} makes a random token carrying the characters the attack needs (a quote for
 *       SQL, {@code ../} for paths), so an escaping or stripping sanitizer breaks it.
 *   <li>{@code HarnessSource} fills the template {@code validation/VigilHarness.java.txt}: a
 *       JDK-only program that finds the class by name, builds it with its simplest constructor
 *       (collaborators as proxies), calls a servlet's {@code init}, then the entry method with
 *       the marker in strings, arrays, collections and a request proxy (parameters, headers,
 *       cookies, readers); it prints {@code VIGIL-CALL}, {@code VIGIL-RETURNED} or
 *       {@code VIGIL-THREW}, or {@code VIGIL-NOT-DRIVABLE} with why.
 *   <li>{@code HarnessScript} is the shell script run in the sandbox's validation phase: it writes
 *       the source and the sink list, adds the Maven dependency class path (resolved offline from
 *       the cache) to the build's output ({@code BuildOutputs}), compiles the harness and runs it
 *       with the agent. It is the step's command, so a person can rerun it.
 *   <li>The agent ({@code agent} package, written as jars by {@code SinkAgentJars}) hooks each sink
 *       method with ByteBuddy advice, JDK classes included (retransformed); the recorder on the boot
 *       class path prints {@code VIGIL-SINK} lines: method, hit or miss, argument, text.
 *   <li>{@code HarnessReport} reads the output back into a verdict and a reason.
 *   <li>For a regular expression ({@code regex-injection}) the marker carries an evil fragment and
 *       reaching the sink is not enough: {@code RegexTiming} runs a second generated program
 *       (template {@code validation/VigilRegexTiming.java.txt}) in the sandbox that times the
 *       pattern the sink received on evil strings of growing length; reproduced = a slow match
 *       whose time grew super-linearly.
 * </ol>
 *
 * <p>One {@code MarkerHarness} serves one batch (a scan's validation) and runs at most its cap of
 * harnesses; the server gives the worst findings the runs first.
 *
 * <p><b>Approximated.</b> One call with proxies: a flow that needs real state may not reach its
 * sink (marker not observed). The recorder sees text arguments (strings, paths, URLs, string arrays
 * and lists), not streams, so XXE and deserialization are not reproduced. The harness shares its
 * JVM with the repository's code, which could print a false {@code VIGIL-SINK} line: a hostile
 * repository can fake proof of its own findings, nothing more (it is in the sandbox).
 */
package dev.vigil.engine.validation.harness;

/**
 * Inter-procedural taint tracking for Java source, without a build of the scanned project.
 *
 * <h2>Design</h2>
 *
 * <ul>
 *   <li><b>Models as data.</b> Sources (with their threat-model kind), sinks (with their sink
 *       kind), sanitizers, propagation summaries, return types, library supertypes and hardening
 *       calls are YAML rows under {@code models/java/}, one file per package family, each with a
 *       provenance ({@link ModelCatalog}). Rules under {@code rules/java/taint/} name a sink kind
 *       ({@link TaintRuleCatalog}); supporting a framework means adding rows.
 *   <li><b>Light-weight resolution.</b> Types come from declarations and imports ({@link
 *       JavaSource#resolve}), the project's classes ({@link ProjectIndex}) and the models' return
 *       types for chained calls. JavaParser's symbol solver is not used: it is slow and needs the
 *       libraries on a class path; when a name cannot be resolved, matching falls back to simple
 *       names, so {@code import javax.servlet.http.HttpServletRequest} is enough to make
 *       {@code request.getParameter} a source.
 *   <li><b>Intra-procedural.</b> {@link MethodInterpreter} interprets a method body over
 *       flow-sensitive {@link State}s: assignments kill taint, constants fold and decide branches,
 *       containers are tracked by constant key or index, guards ({@link Guards}) sanitize on the
 *       branch where an allow-list, regex, validator or canonical-path check holds, lambdas and
 *       anonymous classes run where they are created.
 *   <li><b>Inter-procedural.</b> Each project method gets a {@link MethodSummary} computed with
 *       its parameters (and receiver) as symbolic taints: what it returns, which sinks its
 *       parameters reach, which fields and argument contents it writes. Calls apply the summary,
 *       composing paths; calls through an interface reach every project implementation. Fields
 *       are facts shared by all methods, recomputed in rounds until stable ({@link AnalysisRun}).
 *   <li><b>Objects and containers.</b> What a constructor stores in instance fields, and what a
 *       call on a variable or a new object stores there, travels with that object's value (a
 *       getter of a text field returns it); class-wide field facts remain for static fields,
 *       writes on {@code this} outside constructors and receivers no variable holds, so one
 *       object's field does not taint every object of its class. Maps keep their keys' taint
 *       apart from their values, and a library lookup by key ({@code get}, {@code findBy*})
 *       returns what the receiver holds, not the key. Overloads of one arity are told apart by
 *       the arguments' known types.
 *   <li><b>Value origin.</b> Some sources cannot carry what a sink needs (the request URI stays
 *       percent-encoded, header values hold no CR or LF: neutral sources); a decoder undoes that.
 *       Some results are safe for a kind whatever their input (a class-loader resource URL is
 *       local). Both are model rows.
 *   <li><b>What is not a product flow.</b> Flows through test code are dropped; the arguments of
 *       helper programs' {@code main} (build tools, generators, examples, {@link HelperPrograms})
 *       are no source, other command lines give low confidence. In a repository that is a
 *       library ({@link LibraryRepository}, decided once per pass), the streams, readers and XML
 *       sources its public API is handed are sources of kind {@code library-input}
 *       ({@link LibraryApi}), low confidence, reported by the deserialization and XXE rules only.
 *   <li><b>Evidence.</b> A {@link Taint} carries its {@link FlowPath}; a finding lists the steps
 *       from source to sink (source, propagation, call, return, sanitizer-bypass, sink) and names
 *       the entry method. Its context key is the rule, the signature of the method holding the
 *       sink and the sink's code, so it survives line moves. A rule may report one finding per
 *       source instead ({@code findingPer: source}, log injection: the log is one channel), keyed
 *       by its source, and may name quiet sink methods and levels (debug-level logging): a call a
 *       default deployment does not write, or one guarded by such a level's check, is no sink.
 *   <li><b>Hostile input.</b> Parsing and analysis run on a thread with a 256 MB stack under a
 *       time budget ({@link BoundedExecution}, {@link Deadline}); a file that does not parse,
 *       nests too deeply or runs out of time throws a clear exception naming it.
 * </ul>
 *
 * <h2>Entry points and the history pass</h2>
 *
 * <p>{@code JavaTaintAnalyzer} analyses one blob with the summaries of its own methods only, so
 * its cached result depends on the blob alone. {@link JavaProject} and {@link
 * JavaTaintEngine#analyse} analyse some files with other files as context. A {@link
 * ParsedJavaFile} depends only on its content (its declared and called names are computed once),
 * so the history pass can keep parsed files by blob id and, for the files a commit changed, call
 * {@code analyse(parsed files of that commit's tree, changed paths)}: unchanged files are never
 * parsed again, only the changed files and their callers ({@link AffectedFiles}) are analysed as
 * entry points, and the summaries of everything they call are computed on demand. On the
 * generated 100k-line benchmark project that is about 0.3 s per changed file against 15 s for
 * the whole project. Findings that involve a changed file (sink or flow step) are returned; the
 * findings of the other files at that commit are those of the previous commit. Caching summaries
 * across commits, keyed by the blob ids of a method's file and of its callees' files, is the next
 * step if analysing callers proves too slow.
 */
package dev.vigil.engine.analysis.java.taint;

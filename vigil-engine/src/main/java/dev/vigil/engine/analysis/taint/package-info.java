/**
 * The taint core shared by the languages other than Java: Python and JavaScript/TypeScript today.
 *
 * <h2>Design</h2>
 *
 * <ul>
 *   <li><b>One small language.</b> A front end ({@link dev.vigil.engine.analysis.taint.FrontEnd})
 *       lowers a tree-sitter tree into {@link dev.vigil.engine.analysis.taint.Stmt}s and
 *       {@link dev.vigil.engine.analysis.taint.Expr}s that keep only what taint needs: names,
 *       members, indexes, calls with positional and keyword arguments, string building
 *       ({@code Concat}), collections with constant keys, functions and classes, imports, and the
 *       shapes of conditions that guard ({@code in}, {@code ==}, {@code not}, {@code and},
 *       {@code or}). Everything else is {@code Other}, whose value joins its parts. The Python
 *       and JavaScript front ends are about 400 lines each; the interpreter is written once.
 *   <li><b>Models as data.</b> {@code models/<language>/*.model.yaml} (columns in
 *       {@code models/README.md}) name APIs, not types: a value denotes a module path, a call
 *       result or a model type, computed from imports ({@code from flask import request},
 *       {@code require('child_process')}) and {@code types} rows ({@code express()} is an
 *       {@code express.Application}). Sources carry a threat-model kind; sinks a sink kind that a
 *       rule of {@code rules/<language>/taint/} names; sanitizers clean kinds or add marks
 *       ({@code canonical-path}); guards clean where a check holds; entry points say which
 *       functions receive untrusted parameters (decorated Flask and FastAPI views, Express, Koa
 *       and Fastify handlers, Django views by their {@code request} parameter).
 *   <li><b>Interpretation.</b> {@link dev.vigil.engine.analysis.taint.Interpreter} runs a body over
 *       flow-sensitive {@code State}s: assignments replace values, member and constant-key paths
 *       are tracked ({@code d["cmd"]} apart from {@code d["safe"]}), branches are joined and a
 *       branch that returns, raises or calls an exit ({@code abort}) drops out, so
 *       {@code if x not in ALLOWED: abort(400)} leaves {@code x} clean; constant conditions decide
 *       their branch, and a conditional expression ({@code c ? a : b}) evaluates each value
 *       where its condition holds; loops run twice. An unmodelled call's result carries its receiver's and
 *       arguments' taints; the result of a sink call no longer reaches sinks of that kind (a flow
 *       is reported at its first sink).
 *   <li><b>Summaries.</b> Each function of the file gets a {@code FunctionSummary} computed with
 *       symbolic parameters: what it returns and which sinks its parameters reach. Calls compose
 *       the caller's taint, the call step and the callee's path. Methods are found through
 *       instances of the file's classes ({@code self}, {@code this}, {@code repo = Repo()}).
 *       Closures (lambdas, arrow functions, nested functions) run inline where they are called or
 *       passed to a call, with the state they were created in.
 *   <li><b>Misuses.</b> Crypto and configuration rules ({@code rules/<language>/crypto/}) are
 *       {@code misuses} rows: a call or attribute assignment whose conditions hold is reported
 *       whatever data it gets ({@code verify=False}, a constant JWT key, {@code hashlib.md5} in a
 *       statement about passwords: the condition {@code Context} reads the statement's code and
 *       function name). They reuse the interpreter's API resolution (imports, types, instances),
 *       so {@code s = requests.Session(); s.get(u, verify=False)} matches too.
 *       Conditions may also read the code of the enclosing function ({@code Function}: an echoed
 *       Origin header is permissive CORS only where credentials are allowed too), whether a value
 *       holds data of a real source ({@code is untrusted}), nested elements of literal arguments
 *       ({@code Argument[0].cookie.secure}), and, in a module a {@code modules} row names by its
 *       path ({@code settings.py} is {@code django.conf.settings}), the module's top-level
 *       variables ({@code DEBUG = True}) with the values the top level leaves
 *       ({@code Global[CORS_ALLOW_CREDENTIALS]}). A misuse is shown at the literal element its
 *       condition names ({@code password: 'x'} inside a multi-line call).
 *   <li><b>Prototype pollution</b> is a language feature, not a model row: a computed member
 *       assigned with an untrusted key and value, nested under another untrusted key or in a
 *       recursive merge, without a {@code __proto__}/{@code hasOwnProperty} check
 *       ({@code PrototypePollution}); only languages with the rule report it.
 *   <li><b>Outlines.</b> {@code TaintEngine.outline} gives the threat model a file's functions,
 *       their calls and the handlers the entry-point rows start ({@code ScriptOutline}), each
 *       a route or, for rows of kind {@code message}, a queue consumer (Celery tasks, amqplib,
 *       kafkajs and BullMQ callbacks; a function looping over a Kafka consumer through the
 *       {@code Enclosing} handler).
 *   <li><b>Evidence.</b> A {@code Taint} carries its {@code FlowPath}: source, assignments, calls,
 *       returns, sanitizers of other kinds (shown as bypassed) and the sink; a finding's context
 *       key is the rule, the function (or the route of an anonymous handler) and the sink's code.
 *   <li><b>Hostile input.</b> {@link dev.vigil.engine.analysis.syntax.TreeSitterParser} refuses
 *       files over 1 MiB, trees deeper than 400 levels, files mostly in syntax errors, and parses
 *       that outlast the budget; interpretation runs on a thread with a 64 MB stack and checks a
 *       {@code Deadline}; third-party code (minified, bundled or vendored scripts,
 *       {@link dev.vigil.engine.analysis.syntax.ThirdPartyCode}) is refused before parsing; each
 *       refusal names the file and the reason ("not analysed: ...").
 * </ul>
 *
 * <h2>Files together and the history pass</h2>
 *
 * {@code TaintAnalyzer.analyze} analyses one file alone (its cached result depends on the blob
 * only). {@code TaintProjectSession} follows a tree through a pass: files are lowered once per
 * version; after a change the changed files and their importers (transitively) are analysed again
 * with the whole tree, the imported files prepared once per update ({@code TreeModules}), and a
 * call of an imported function ({@code from .db import find}, {@code require('./db').find},
 * {@code exports.find = ...}) applies that function's summary. A finding belongs to the file whose
 * function starts the flow, so it comes and goes with a commit that changes either file (the
 * history test compares the pass with a from-scratch analysis of every commit).
 *
 * <h2>Approximations</h2>
 *
 * Calls into packages that are not files of the tree are unmodelled calls (taint passes through);
 * attributes written in one method are not seen by another; imported classes are not resolved
 * (only functions). A guard cleans the variable it checks and the one a checked expression is
 * computed from ({@code urlparse(url).hostname} cleans {@code url}, and so does checking
 * {@code host = urlparse(url).netloc}), even when only a part of it was checked
 * ({@code first = parts[0]}). Unknown
 * receivers match rows written for any receiver ({@code *.execute}).
 *
 * <h2>Next</h2>
 *
 * Caching summaries across commits by the blob ids they depend on, if analysing importers proves
 * too slow on large trees; resolving imported classes and module attributes; then moving the Java
 * interpreter ({@code analysis.java.taint}, owned by other sessions while this core was written
 * and extended, so left alone, and out of scope of the third step too) onto these values, paths,
 * summaries and guards, with JavaParser as its front end.
 */
package dev.vigil.engine.analysis.taint;

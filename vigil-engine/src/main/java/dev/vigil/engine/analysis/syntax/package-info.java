/**
 * Parsing of languages other than Java with tree-sitter (JNI bindings with bundled natives).
 *
 * <p>{@link TreeSitterParser} parses a file with a {@link Grammar} under limits for hostile input
 * (size, nesting depth, time) and copies the native tree into plain Java {@link SyntaxNode}s, so
 * that no native memory outlives the call and the front ends walk ordinary objects. A file over
 * a limit throws {@link UnparsableSourceException} with a "not analysed" reason naming it.
 *
 * <p>Grammars: Python, JavaScript (with JSX), TypeScript and TSX. TypeScript 0.23.2 is the
 * newest grammar served for these bindings; it loads with the 0.26 runtime (ABI 14).
 */
package dev.vigil.engine.analysis.syntax;

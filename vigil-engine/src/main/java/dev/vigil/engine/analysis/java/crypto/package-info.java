/**
 * The {@code java-crypto} analyzer: rules about cryptography, TLS and cookie configuration in Java
 * source that need no data flow across methods. Each rule is a YAML file under
 * {@code rules/java/crypto/} (metadata and data lists) and one small check class over a shared
 * JavaParser tree; {@link dev.vigil.engine.analysis.java.crypto.CryptoAnalyzer} ties them together.
 * Name resolution is file-local and textual (no symbol solver), so results depend only on the
 * file's content, as the analysis cache requires.
 */
package dev.vigil.engine.analysis.java.crypto;

package dev.vigil.cli.bench;

import picocli.CommandLine.Command;

/** {@code vigil bench javascript}: the JavaScript taint analysis on a generated Express project. */
@Command(name = "javascript", mixinStandardHelpOptions = true,
    description = "Times the JavaScript taint analysis on a generated project.")
final class JavaScriptBenchmark extends ScriptBenchmark {
  @Override
  ScriptProjectGenerator.Language language() {
    return ScriptProjectGenerator.Language.JAVASCRIPT;
  }
}

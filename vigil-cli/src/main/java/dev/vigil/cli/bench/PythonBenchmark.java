package dev.vigil.cli.bench;

import picocli.CommandLine.Command;

/** {@code vigil bench python}: the Python taint analysis on a generated Flask project. */
@Command(name = "python", mixinStandardHelpOptions = true,
    description = "Times the Python taint analysis on a generated project.")
final class PythonBenchmark extends ScriptBenchmark {
  @Override
  ScriptProjectGenerator.Language language() {
    return ScriptProjectGenerator.Language.PYTHON;
  }
}

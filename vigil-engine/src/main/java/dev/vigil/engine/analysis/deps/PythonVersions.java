package dev.vigil.engine.analysis.deps;

/** PEP 440 ordering of Python package versions. */
final class PythonVersions implements VersionScheme {
  @Override
  public int compare(String a, String b) {
    return Pep440Version.parse(a).compareTo(Pep440Version.parse(b));
  }
}

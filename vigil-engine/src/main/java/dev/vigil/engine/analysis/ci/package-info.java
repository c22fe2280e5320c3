/**
 * GitHub Actions workflow risks.
 *
 * <p>Public API: {@link dev.vigil.engine.analysis.ci.WorkflowAnalyzer#withBuiltInRules()} (id
 * {@code ci-workflows}), registered among the built-in analyzers. Rules are data in
 * {@code rules/ci/<id>.yaml}, each with a sample workflow file in the test resources whose
 * {@code # ruleid:} and {@code # ok:} lines one parameterised test checks.
 *
 * <p>Known gaps: values are not followed through {@code env:} expressions or step outputs;
 * composite actions ({@code action.yml}) and reusable workflows are analysed only where they are
 * called, not inside; whether the repository's default token is read-only cannot be seen from the
 * file, so jobs without {@code permissions:} are reported on untrusted triggers.
 */
package dev.vigil.engine.analysis.ci;

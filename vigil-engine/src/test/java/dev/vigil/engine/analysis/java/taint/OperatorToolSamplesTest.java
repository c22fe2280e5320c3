package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.TreeSamples.assertMarkersHold;
import static dev.vigil.engine.analysis.java.TreeSamples.resource;
import static dev.vigil.engine.analysis.java.TreeSamples.scan;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Held-out trees for command-line arguments as a source (under {@code operatortools/}): in a
 * repository that serves HTTP, a {@code main} is a tool its operator runs, and its arguments are
 * not an attacker's; in a command-line product they are. Written before the rule.
 */
class OperatorToolSamplesTest {
  @ParameterizedTest
  @ValueSource(strings = {"servlet-app", "spring-app", "cli-app"})
  void treeMatchesItsMarkers(String tree) throws Exception {
    Path root = resource("operatortools/" + tree);
    assertMarkersHold(root, scan(root));
  }
}

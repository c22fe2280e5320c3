package dev.vigil.engine.analysis.java.mybatis;

import static dev.vigil.engine.analysis.java.TreeSamples.assertMarkersHold;
import static dev.vigil.engine.analysis.java.TreeSamples.resource;
import static dev.vigil.engine.analysis.java.TreeSamples.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.ProjectSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java taint analysis over the MyBatis sample trees under {@code mybatis/}, Java files and
 * mapper XML files together through a session as a tree scan does, and checks every {@code //
 * ruleid:} and {@code // ok:} line of their Java files.
 */
class MyBatisSamplesTest {
  @Test
  void heldOutShopMatchesItsMarkers() throws Exception {
    Path root = resource("mybatis/heldout");
    ProjectSession.Update update = scan(root);

    assertMarkersHold(root, update);
    assertThat(update.failures()).as("the malformed mapper is reported, not read")
        .containsKey("src/main/resources/mapper/broken.xml");
  }

  /**
   * Held-out batch for {@code @Before} advice that overwrites the pasted map entry of the
   * annotated method's argument before it runs (written before the rule: 5/5 ruleid found, 2
   * false alarms over 2 ok lines).
   */
  @Test
  void beforeAdviceClinicMatchesItsMarkers() throws Exception {
    Path root = resource("mybatis/advice");
    assertMarkersHold(root, scan(root));
  }
}

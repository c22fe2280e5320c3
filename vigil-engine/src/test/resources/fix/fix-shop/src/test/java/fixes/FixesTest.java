package fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixesTest {
  @Test
  void signaturesAreStableHex() throws Exception {
    assertEquals(PayloadSignatures.sign("order 7"), PayloadSignatures.sign("order 7"));
    assertTrue(PayloadSignatures.sign("order 7").matches("[0-9a-f]{40,}"));
  }

  @Test
  void resetTokensDiffer() {
    ResetTokens tokens = new ResetTokens();
    assertNotEquals(tokens.issue(), tokens.issue());
  }
}

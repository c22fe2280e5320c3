package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Base62ChecksumTest {
  // Fake tokens generated for these tests; their checksums were computed by a throwaway script.
  private static final String VALID = "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";
  private static final String VALID_PADDED = "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";

  @Test
  void acceptsTokenWhoseLastSixCharactersAreTheBase62Crc32OfTheRandomPart() {
    assertThat(Base62Checksum.isValid(VALID)).isTrue();
    assertThat(Base62Checksum.checksum(VALID.substring(4, 34))).isEqualTo("3gm1IL");
  }

  @Test
  void acceptsChecksumLeftPaddedWithZero() {
    assertThat(Base62Checksum.checksum(VALID_PADDED.substring(4, 34))).startsWith("0");
    assertThat(Base62Checksum.isValid(VALID_PADDED)).isTrue();
  }

  @Test
  void rejectsTokenWithOneCharacterChangedInTheRandomPart() {
    String changed = VALID.substring(0, 10) + (VALID.charAt(10) == 'a' ? 'b' : 'a') + VALID.substring(11);
    assertThat(Base62Checksum.isValid(changed)).isFalse();
  }

  @Test
  void rejectsTokenWithOneCharacterChangedInTheChecksum() {
    String changed = VALID.substring(0, 39) + (VALID.charAt(39) == 'L' ? 'M' : 'L');
    assertThat(Base62Checksum.isValid(changed)).isFalse();
  }

  @Test
  void rejectsTheExampleTokenFromGitHubsDocumentation() {
    assertThat(Base62Checksum.isValid("gho_16C7e42F292c6912E7710c838347Ae178B4a")).isFalse();
  }

  @Test
  void rejectsTokenOfTheWrongLength() {
    assertThat(Base62Checksum.isValid(VALID.substring(0, 39))).isFalse();
  }
}

package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void passwordsAndLongTokensInGitUrlsAreMasked() {
    assertThat(Masking.location("https://lin:hunter2@git.example.org/shop.git"))
        .isEqualTo("https://lin:••••••@git.example.org/shop.git");
    assertThat(Masking.location("https://ghp_abcdefghijklmnopqrstuvwxyz@github.com/o/r.git"))
        .isEqualTo("https://••••••@github.com/o/r.git");
  }

  @Test
  void pathsAndPlainUrlsAreShownAsTheyAre() {
    assertThat(Masking.location("/srv/git/shop")).isEqualTo("/srv/git/shop");
    assertThat(Masking.location("git@github.com:o/r.git")).isEqualTo("git@github.com:o/r.git");
    assertThat(Masking.location("https://git@host/r.git")).isEqualTo("https://git@host/r.git");
  }
}

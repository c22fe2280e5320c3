package dev.vigil.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.validation.ValidationStep.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCheckTest {
  static final ShopHistory shop = ShopHistory.shared();


  @Test
  void tokenStillAtHeadWithAVerifiedChecksumIsReproduced() {
    var token = shop.finding("secrets.github-token", ShopHistory.CONFIG);

    Proof proof = new SecretCheck().check(ShopHistory.target(token), shop.head);

    assertThat(proof.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(proof.step().output()).isEqualTo("Still in the head tree at " + ShopHistory.CONFIG
        + ":1. Format of secrets.github-token matched; CRC32 checksum of the GitHub token verified.");
    assertThat(proof.step().output()).doesNotContain(ShopHistory.GITHUB_TOKEN);
  }

  @Test
  void secretRemovedFromTheHeadTreeIsNotPresent() {
    var stripe = shop.finding("secrets.stripe-secret-key", ShopHistory.CONFIG);

    Proof proof = new SecretCheck().check(ShopHistory.target(stripe), shop.head);

    assertThat(proof.verdict()).isEqualTo(Verdict.NOT_PRESENT);
    assertThat(proof.step().status()).isEqualTo(Status.FAILED);
    assertThat(proof.reason()).isEqualTo("the secret is no longer in the head tree at "
        + shop.head.shortCommit() + "; it stays in the history, so rotate it if it was ever real");
  }

  @Test
  void formatWithoutChecksumIsOnlyLikely() {
    var stripe = shop.finding("secrets.stripe-secret-key", ShopHistory.CONFIG);
    HeadSnapshot stillThere = new HeadSnapshot(shop.head.commit(),
        Map.of(stripe.fingerprint(), stripe.finding()), Map.of());

    Proof proof = new SecretCheck().check(ShopHistory.target(stripe), stillThere);

    assertThat(proof.verdict()).isEqualTo(Verdict.LIKELY);
    assertThat(proof.reason()).startsWith("the secret is still in the head tree and matches the format of "
        + "secrets.stripe-secret-key (no checksum to verify: ");
  }

  @Test
  void secretMovedToAnotherFileIsFoundThere() {
    var token = shop.finding("secrets.github-token", ShopHistory.CONFIG);
    HeadSnapshot moved = new HeadSnapshot(shop.head.commit(),
        Map.of("other", token.finding().withPath("deploy/.env")), Map.of());

    Proof proof = new SecretCheck().check(ShopHistory.target(token), moved);

    assertThat(proof.verdict()).isNull();
    assertThat(proof.step().output()).isEqualTo("No longer at " + ShopHistory.CONFIG
        + ", but the same secret is still in the head tree at deploy/.env:1 (a finding of its own).");
  }

  @Test
  void appliesOnlyToSecrets() {
    assertThat(new SecretCheck().appliesTo(shop.finding("java.sql-injection", ShopHistory.DAO).finding())).isFalse();
    assertThat(new SecretCheck().appliesTo(shop.finding("secrets.github-token", ShopHistory.CONFIG).finding())).isTrue();
  }
}

package dev.vigil.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.validation.ValidationStep.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachableTest {
  static final ShopHistory shop = ShopHistory.shared();


  private static Reachable reachable() {
    return new Reachable(new Reachability(shop.inference.model(), shop.inference.callGraph()));
  }

  @Test
  void printsTheChainOfMethodsFromTheRouteToTheSink() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);

    Proof proof = reachable().check(ShopHistory.target(sql), shop.head);

    assertThat(proof.verdict()).isEqualTo(Verdict.LIKELY);
    assertThat(proof.step().status()).isEqualTo(Status.PASSED);
    assertThat(proof.step().output()).isEqualTo("HTTP route GET /users (" + ShopHistory.CONTROLLER + ":11)\n"
        + "com.acme.UserController#find/1 -> com.acme.UserDao#find/1");
    assertThat(proof.reason()).isEqualTo(
        "reachable from HTTP route GET /users through UserController#find -> UserDao#find");
  }

  @Test
  void methodNoEntryPointCallsIsNotReachedAndDecidesNothing() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);
    var withoutRoutes = shop.inference.model().withEntryPoints(List.of());

    Proof proof = new Reachable(new Reachability(withoutRoutes, shop.inference.callGraph()))
        .check(ShopHistory.target(sql), shop.head);

    assertThat(proof.verdict()).isNull();
    assertThat(proof.step().status()).isEqualTo(Status.FAILED);
    assertThat(proof.step().output()).isEqualTo("No entry point of the threat model reaches the method at "
        + ShopHistory.DAO + ":12 through the call graph.");
  }

  @Test
  void codeOutsideAnyMethodIsNotApplicable() {
    var token = shop.finding("secrets.github-token", ShopHistory.CONFIG);

    Proof proof = reachable().check(ShopHistory.target(token), shop.head);

    assertThat(proof.step().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(proof.step().output()).isEqualTo(ShopHistory.CONFIG + ":1 is not inside a method of the call graph.");
  }
}

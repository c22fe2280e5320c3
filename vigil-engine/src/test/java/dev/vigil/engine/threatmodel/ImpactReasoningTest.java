package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImpactReasoningTest {
  static Inference shop;

  @BeforeAll
  static void inferShop() {
    shop = Fixtures.infer("spring-api");
  }

  @Test
  void namesTheEntryPointTheChainTheBoundariesAndTheData() {
    Impact impact = new ImpactReasoning(shop.model(), shop.callGraph()).explain(ShopFindings.SQL_INJECTION);

    assertThat(impact.reach().status()).isEqualTo(Reach.Status.FROM_REMOTE_ENTRY);
    assertThat(impact.reach().entryPoints()).extracting(EntryPoint::name).containsExactly("GET /api/users");
    assertThat(impact.reach().chain()).extracting(MethodId::label).containsExactly(
        "com.acme.shop.api.UserController#search/1", "com.acme.shop.service.UserService#search/1");
    assertThat(impact.boundaries()).containsExactly(
        BoundaryKind.USER_TO_SERVICE, BoundaryKind.SERVICE_TO_DATABASE);
    assertThat(impact.text()).isEqualTo("Reached from HTTP route GET /api/users "
        + "(src/main/java/com/acme/shop/api/UserController.java:29) through UserController#search -> "
        + "UserService#search. It crosses user -> service, service -> database.");
  }

  @Test
  void webhookDeserializationTouchesTheStripeKey() {
    Impact impact = new ImpactReasoning(shop.model(), shop.callGraph()).explain(ShopFindings.DESERIALIZATION);

    assertThat(impact.reach().chain()).extracting(MethodId::shortName).containsExactly(
        "PaymentWebhookController#receive", "PaymentService#handleEvent", "PaymentService#decode");
    assertThat(impact.sensitiveData()).extracting(SensitiveData::name).containsExactly("stripeApiKey");
    assertThat(impact.text()).endsWith("It crosses user -> service and touches stripeApiKey (key).");
  }

  @Test
  void uploadReachesStorageAcrossTheFileSystemBoundary() {
    Impact impact = new ImpactReasoning(shop.model(), shop.callGraph()).explain(ShopFindings.PATH_INJECTION);

    assertThat(impact.reach().entryPoints()).extracting(EntryPoint::kind)
        .containsExactly(EntryPointKind.FILE_UPLOAD);
    assertThat(impact.boundaries()).containsExactly(
        BoundaryKind.USER_TO_SERVICE, BoundaryKind.SERVICE_TO_FILE_SYSTEM);
  }

  @Test
  void deadCodeAndConfigurationSayWhyNoEntryPointIsNamed() {
    ImpactReasoning reasoning = new ImpactReasoning(shop.model(), shop.callGraph());

    assertThat(reasoning.explain(ShopFindings.DEAD_CODE_WRITE).text()).isEqualTo(
        "No entry point of the threat model reaches this code through the call graph. "
            + "It crosses service -> file system.");
    Impact config = reasoning.explain(ShopFindings.CONFIG_SECRET);
    assertThat(config.reach().status()).isEqualTo(Reach.Status.UNKNOWN);
    assertThat(config.text()).isEqualTo("Not inside a method of the call graph, so no entry point is known "
        + "to reach it. It touches spring.datasource.password (credential), stripe.api-key (key).");
  }

  @Test
  void editedModelChangesTheReasoning() {
    ThreatModel withoutEntryPoints = shop.model().withEntryPoints(List.of());

    Impact impact = new ImpactReasoning(withoutEntryPoints, shop.callGraph()).explain(ShopFindings.SQL_INJECTION);

    assertThat(impact.reach().status()).isEqualTo(Reach.Status.NOT_REACHED);
    assertThat(impact.boundaries()).containsExactly(BoundaryKind.SERVICE_TO_DATABASE);
  }
}

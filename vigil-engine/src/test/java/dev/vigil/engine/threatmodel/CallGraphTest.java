package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallGraphTest {
  private static MethodId id(String label) {
    return MethodId.parse(label);
  }

  @Test
  void resolvesFieldsImportsAndCallbacksOfCreatedObjects() {
    CallGraph graph = Fixtures.infer("spring-api").callGraph();

    assertThat(graph.callees(id("com.acme.shop.api.FileController#upload/1")))
        .containsExactly(id("com.acme.shop.service.StorageService#store/2"));
    assertThat(graph.callees(id("com.acme.shop.service.UserService#search/1")))
        .contains(id("com.acme.shop.service.UserRowMapper#mapRow/2"));
    assertThat(graph.reachableFrom(List.of(id("com.acme.shop.api.PaymentWebhookController#receive/2"))))
        .contains(id("com.acme.shop.service.PaymentService#decode/1"),
            id("com.acme.shop.service.PaymentService#record/1"));
  }

  @Test
  void deadCodeIsNotReachableFromAnyEntryPoint() {
    Inference shop = Fixtures.infer("spring-api");
    List<MethodId> handlers = shop.model().entryPoints().stream()
        .map(e -> MethodId.parse(e.handler())).toList();

    assertThat(shop.callGraph().reachableFrom(handlers))
        .doesNotContain(id("com.acme.shop.service.LegacyExporter#export/2"))
        .contains(id("com.acme.shop.service.StorageService#store/2"));
  }

  @Test
  void callsThroughAnInterfaceReachEveryImplementation() {
    CallGraph graph = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Store.java", "package a; interface Store { void put(String k); }",
        "src/main/java/a/DiskStore.java", "package a; class DiskStore implements Store { public void put(String k) { flush(); } void flush() {} }",
        "src/main/java/a/MemStore.java", "package a; class MemStore implements Store { public void put(String k) {} }",
        "src/main/java/a/Api.java", """
            package a;
            class Api {
              private final Store store;
              Api(Store store) { this.store = store; }
              void save(String key) { store.put(key); helper(); }
              private void helper() { Util.log(); }
            }
            """,
        "src/main/java/a/Util.java", "package a; final class Util { static void log() {} }")).callGraph();

    assertThat(graph.reachableFrom(List.of(id("a.Api#save/1")))).containsExactlyInAnyOrder(
        id("a.Api#save/1"), id("a.Store#put/1"), id("a.DiskStore#put/1"), id("a.MemStore#put/1"),
        id("a.DiskStore#flush/0"), id("a.Api#helper/0"), id("a.Util#log/0"));
    assertThat(graph.callChain(id("a.Api#save/1"), id("a.DiskStore#flush/0"))).containsExactly(
        id("a.Api#save/1"), id("a.DiskStore#put/1"), id("a.DiskStore#flush/0"));
    assertThat(graph.methodAt("src/main/java/a/Api.java", 5)).contains(id("a.Api#save/1"));
  }

  @Test
  void overloadsAreToldApartByArity() {
    CallGraph graph = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/A.java", """
            package a;
            class A {
              void run() { go(1); }
              void go(int x) {}
              void go(int x, int y) {}
            }
            """)).callGraph();

    assertThat(graph.callees(id("a.A#run/0"))).containsExactly(id("a.A#go/1"));
  }
}

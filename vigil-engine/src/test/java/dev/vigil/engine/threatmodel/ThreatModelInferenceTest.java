package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatModelInferenceTest {
  private static final String SHOP = "src/main/java/com/acme/shop/";

  @Test
  void springRestApiIsAPublicApiWithClassLevelPrefixes() {
    Inference inference = Fixtures.infer("spring-api");
    ThreatModel model = inference.model();

    assertThat(inference.problems()).isEmpty();
    assertThat(model.repositoryType()).isEqualTo(RepositoryType.PUBLIC_API);
    assertThat(model.typeEvidence()).contains(
        new TypeEvidence("4 entry points (HTTP)", SHOP + "api/UserController.java"),
        new TypeEvidence("Spring Boot web starter in build", "pom.xml"),
        new TypeEvidence("application launcher main", SHOP + "ShopApplication.java"));
    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::where)
        .containsExactly(
            tuple(EntryPointKind.FILE_UPLOAD, "POST /api/files/upload", SHOP + "api/FileController.java:19"),
            tuple(EntryPointKind.WEBHOOK, "POST /webhooks/stripe",
                SHOP + "api/PaymentWebhookController.java:17"),
            tuple(EntryPointKind.HTTP_ROUTE, "GET /api/users/{id}", SHOP + "api/UserController.java:24"),
            tuple(EntryPointKind.HTTP_ROUTE, "GET /api/users", SHOP + "api/UserController.java:29"),
            tuple(EntryPointKind.HTTP_ROUTE, "POST /api/users", SHOP + "api/UserController.java:34"),
            tuple(EntryPointKind.HTTP_ROUTE, "DELETE /api/users/{id}", SHOP + "api/UserController.java:39"));
    assertThat(model.entryPoints().get(0).handler()).isEqualTo("com.acme.shop.api.FileController#upload/1");
  }

  @Test
  void springRestApiHasBoundariesSensitiveDataAndPriorityAreas() {
    ThreatModel model = Fixtures.infer("spring-api").model();

    assertThat(model.boundaries()).extracting(TrustBoundary::kind).containsExactly(
        BoundaryKind.USER_TO_SERVICE, BoundaryKind.SERVICE_TO_DATABASE,
        BoundaryKind.SERVICE_TO_FILE_SYSTEM, BoundaryKind.CI_TO_PRODUCTION);
    assertThat(model.boundaries().get(3).paths()).containsExactly(".github/workflows/deploy.yml");
    assertThat(model.sensitiveData()).extracting(SensitiveData::category, SensitiveData::name)
        .containsExactly(
            tuple(SensitiveCategory.PERSONAL_DATA, "email"),
            tuple(SensitiveCategory.CREDENTIAL, "passwordHash"),
            tuple(SensitiveCategory.CREDENTIAL, "password_hash"),
            tuple(SensitiveCategory.PAYMENT, "cardNumber"),
            tuple(SensitiveCategory.KEY, "stripeApiKey"),
            tuple(SensitiveCategory.CREDENTIAL, "spring.datasource.password"),
            tuple(SensitiveCategory.KEY, "stripe.api-key"));
    assertThat(model.sensitiveData()).extracting(SensitiveData::name).doesNotContain("stripe.token-url");
    assertThat(model.priorityAreas()).extracting(PriorityArea::kind, PriorityArea::paths).containsExactly(
        tuple(AreaKind.AUTHENTICATION, List.of(SHOP + "security/SecurityConfig.java")),
        tuple(AreaKind.AUTHORISATION, List.of(SHOP + "api/UserController.java",
            SHOP + "security/SecurityConfig.java")),
        tuple(AreaKind.FILE_HANDLING, List.of(SHOP + "api/FileController.java",
            SHOP + "service/LegacyExporter.java", SHOP + "service/StorageService.java")),
        tuple(AreaKind.DESERIALIZATION, List.of(SHOP + "service/PaymentService.java")),
        tuple(AreaKind.DEPENDENCY_BOUNDARIES, List.of("pom.xml")));
  }

  @Test
  void testCodeIsNeitherAnEntryPointNorInScope() {
    ThreatModel model = Fixtures.infer("spring-api").model();

    assertThat(model.entryPoints()).extracting(EntryPoint::path)
        .noneMatch(path -> path.startsWith("src/test/"));
    assertThat(model.outOfScope()).containsExactly(new OutOfScope("src/test/**", "test code, not deployed"));
  }

  @Test
  void servletAppWithWebXmlIsASaasBackend() {
    ThreatModel model = Fixtures.infer("servlet-app").model();
    String portal = "src/main/java/com/acme/portal/";

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.SAAS_BACKEND);
    assertThat(model.typeEvidence()).contains(
        new TypeEvidence("server-side pages or sessions", "src/main/webapp/WEB-INF/web.xml"),
        new TypeEvidence("server-side pages or sessions", portal + "LoginServlet.java"));
    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::handler)
        .containsExactly(
            tuple(EntryPointKind.HTTP_ROUTE, "GET /admin/roles", "com.acme.portal.AdminServlet#doGet/2"),
            tuple(EntryPointKind.HTTP_ROUTE, "POST /admin/roles", "com.acme.portal.AdminServlet#doPost/2"),
            tuple(EntryPointKind.FILE_UPLOAD, "POST /documents/upload",
                "com.acme.portal.DocumentUploadServlet#doPost/2"),
            tuple(EntryPointKind.HTTP_ROUTE, "POST /login", "com.acme.portal.LoginServlet#doPost/2"));
    assertThat(model.priorityAreas()).extracting(PriorityArea::kind, PriorityArea::paths).contains(
        tuple(AreaKind.AUTHENTICATION, List.of(portal + "LoginServlet.java")),
        tuple(AreaKind.AUTHORISATION, List.of("src/main/webapp/WEB-INF/web.xml")),
        tuple(AreaKind.PRIVILEGE_CHANGES, List.of(portal + "AccountStore.java", portal + "AdminServlet.java")));
  }

  @Test
  void picocliToolIsACliWithItsOptions() {
    ThreatModel model = Fixtures.infer("cli-tool").model();

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.CLI);
    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::handler)
        .containsExactly(tuple(EntryPointKind.CLI_ARGUMENTS, "export --output --token <QUERY>",
            "com.acme.tool.ExportCommand#call/0"));
    assertThat(model.typeEvidence()).contains(new TypeEvidence("picocli in build", "pom.xml"));
    assertThat(model.sensitiveData()).extracting(SensitiveData::category, SensitiveData::name)
        .containsExactly(tuple(SensitiveCategory.TOKEN, "apiToken"));
  }

  @Test
  void libraryHasNoEntryPoints() {
    ThreatModel model = Fixtures.infer("library").model();

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.LIBRARY);
    assertThat(model.typeEvidence()).containsExactly(new TypeEvidence("no entry points", "pom.xml"));
    assertThat(model.entryPoints()).isEmpty();
    assertThat(model.priorityAreas()).extracting(PriorityArea::kind)
        .containsExactly(AreaKind.INPUT_PARSING, AreaKind.DEPENDENCY_BOUNDARIES);
  }

  @Test
  void kafkaListenerAndScheduledJobMakeAWorker() {
    ThreatModel model = Fixtures.infer("worker").model();

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.WORKER);
    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name).containsExactly(
        tuple(EntryPointKind.MESSAGE_LISTENER, "kafka orders.created, orders.updated"),
        tuple(EntryPointKind.SCHEDULED_JOB, "NightlyReconciliation#reconcile (cron 0 0 2 * * *)"));
    assertThat(model.boundaries()).extracting(TrustBoundary::kind)
        .containsExactly(BoundaryKind.BROKER_TO_SERVICE);
    assertThat(model.sensitiveData()).extracting(SensitiveData::category, SensitiveData::name, SensitiveData::line)
        .containsExactly(
            tuple(SensitiveCategory.PAYMENT, "iban", 22),
            tuple(SensitiveCategory.CREDENTIAL, "spring.kafka.properties.sasl.jaas.password", 2));
  }

  @Test
  void jaxRsResourcesJoinClassAndMethodPaths() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Orders.java", """
            package a;
            import jakarta.ws.rs.*;
            @Path("/orders")
            public class Orders {
              @GET @Path("{id}") public String get(@PathParam("id") String id) { return id; }
              @POST public void create(String body) {}
              @POST @Path("/callback") public void paid(String body) {}
            }
            """)).model();

    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name).containsExactly(
        tuple(EntryPointKind.HTTP_ROUTE, "GET /orders/{id}"),
        tuple(EntryPointKind.HTTP_ROUTE, "POST /orders"),
        tuple(EntryPointKind.WEBHOOK, "POST /orders/callback"));
    assertThat(model.repositoryType()).isEqualTo(RepositoryType.PUBLIC_API);
  }

  @Test
  void javalinRoutesTakeTheirPathPrefixesAndMethodReferences() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/App.java", """
            package a;
            import io.javalin.Javalin;
            import static io.javalin.apibuilder.ApiBuilder.*;
            public class App {
              public static void main(String[] args) {
                Javalin app = Javalin.create().start(7000);
                app.get("/health", ctx -> ctx.result("ok"));
                app.post("/upload", ctx -> ctx.uploadedFile("f"));
                app.routes(() -> path("/api", () -> get("/items", Items::list)));
              }
            }
            """,
        "src/main/java/a/Items.java", """
            package a;
            class Items { static void list(Object ctx) {} }
            """)).model();

    assertThat(model.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::handler)
        .containsExactly(
            tuple(EntryPointKind.HTTP_ROUTE, "GET /health", "a.App#main/1"),
            tuple(EntryPointKind.FILE_UPLOAD, "POST /upload", "a.App#main/1"),
            tuple(EntryPointKind.HTTP_ROUTE, "GET /api/items", "a.Items#list/1"));
  }

  @Test
  void javalinRouteTablesAreRoutesWithTheReferencedHandler() {
    Inference inference = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Routes.java", """
            package a;
            import static io.javalin.http.HandlerType.GET;
            import io.javalin.http.Handler;
            import io.javalin.http.HandlerType;
            import java.util.List;
            final class Routes {
              static List<Route> all(String secret) {
                var hooks = new Hooks(secret);
                Accounts accounts = new Accounts();
                return List.of(
                    new Route(HandlerType.POST, "/hooks/github", false, hooks::github),
                    new Route(GET, "/accounts", true, wrap(accounts::list)));
              }
              static Handler wrap(Handler h) { return h; }
            }
            """,
        "src/main/java/a/Route.java", "package a; record Route(Object m, String p, boolean a, Object h) {}",
        "src/main/java/a/Hooks.java", "package a; class Hooks { Hooks(String s) {} void github(Object ctx) {} }",
        "src/main/java/a/Accounts.java", "package a; class Accounts { void list(Object ctx) {} }"));

    assertThat(inference.model().entryPoints())
        .extracting(EntryPoint::kind, EntryPoint::name, EntryPoint::line, EntryPoint::handler)
        .containsExactly(
            tuple(EntryPointKind.WEBHOOK, "POST /hooks/github", 11, "a.Hooks#github/1"),
            tuple(EntryPointKind.HTTP_ROUTE, "GET /accounts", 12, "a.Accounts#list/1"));
    assertThat(inference.callGraph().callees(MethodId.parse("a.Routes#all/1")))
        .contains(MethodId.parse("a.Hooks#github/1"), MethodId.parse("a.Accounts#list/1"));
  }

  @Test
  void routesAndTopicsWrittenWithConstantsShowTheirValues() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Paths.java", """
            package a;
            public interface Paths { String API = "/api"; String ORDERS = API + "/orders"; }
            """,
        "src/main/java/a/Orders.java", """
            package a;
            import org.springframework.web.bind.annotation.*;
            import org.springframework.kafka.annotation.KafkaListener;
            @RestController @RequestMapping(Paths.ORDERS)
            class Orders {
              private static final String ONE = "/{id}";
              static final String TOPIC = "orders";
              @GetMapping(ONE) String get(String id) { return id; }
              @GetMapping(Unknown.PATH) String other() { return ""; }
              @KafkaListener(topics = TOPIC) void on(String m) {}
            }
            """)).model();

    assertThat(model.entryPoints()).extracting(EntryPoint::name).containsExactly(
        "GET /api/orders/{id}", "GET /api/orders/PATH", "kafka orders");
  }

  @Test
  void outboundHttpAndPluginLoadingAreBoundaries() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Fetcher.java", """
            package a;
            import java.net.http.HttpClient;
            class Fetcher { HttpClient client = HttpClient.newHttpClient(); }
            """,
        "src/main/java/a/Plugins.java", """
            package a;
            import java.util.ServiceLoader;
            class Plugins { Iterable<Runnable> all() { return ServiceLoader.load(Runnable.class); } }
            """,
        "src/main/resources/META-INF/services/java.lang.Runnable", "a.Task\n")).model();

    assertThat(model.boundaries()).extracting(TrustBoundary::kind, TrustBoundary::paths).containsExactly(
        tuple(BoundaryKind.SERVICE_TO_OUTBOUND_HTTP, List.of("src/main/java/a/Fetcher.java")),
        tuple(BoundaryKind.PLUGIN_TO_HOST, List.of("src/main/java/a/Plugins.java",
            "src/main/resources/META-INF/services/java.lang.Runnable")));
    assertThat(model.priorityAreas()).extracting(PriorityArea::kind)
        .containsExactly(AreaKind.DEPENDENCY_BOUNDARIES);
  }

  @Test
  void httpServiceWithAMessageListenerIsMixed() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Api.java", """
            package a;
            import org.springframework.web.bind.annotation.*;
            @RestController class Api { @GetMapping("/x") String x() { return ""; } }
            """,
        "src/main/java/a/Events.java", """
            package a;
            import org.springframework.jms.annotation.JmsListener;
            class Events { @JmsListener(destination = "events") void on(String m) {} }
            """)).model();

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.MIXED);
    assertThat(model.entryPoints()).extracting(EntryPoint::name).containsExactly("GET /x", "jms events");
  }

  @Test
  void scheduledJobsInAnHttpServiceDoNotMakeItMixed() {
    ThreatModel model = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Api.java", """
            package a;
            import io.micronaut.http.annotation.*;
            @Controller("/v1") class Api { @Post("/items") void add(String body) {} }
            """,
        "src/main/java/a/Cleanup.java", """
            package a;
            import io.micronaut.scheduling.annotation.Scheduled;
            class Cleanup { @Scheduled(fixedDelay = "1h") void run() {} }
            """)).model();

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.PUBLIC_API);
    assertThat(model.entryPoints()).extracting(EntryPoint::name)
        .containsExactly("POST /v1/items", "Cleanup#run (fixedDelay 1h)");
  }

  @Test
  void plainMainIsACliAndQuartzJobIsScheduled() {
    ThreatModel cli = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Tool.java", """
            package a;
            public class Tool { public static void main(String[] args) { System.out.println(args[0]); } }
            """)).model();
    ThreatModel quartz = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Purge.java", """
            package a;
            import org.quartz.*;
            public class Purge implements Job { public void execute(JobExecutionContext c) {} }
            """)).model();

    assertThat(cli.repositoryType()).isEqualTo(RepositoryType.CLI);
    assertThat(cli.entryPoints()).extracting(EntryPoint::name).containsExactly("main a.Tool");
    assertThat(quartz.repositoryType()).isEqualTo(RepositoryType.WORKER);
    assertThat(quartz.entryPoints()).extracting(EntryPoint::kind, EntryPoint::name)
        .containsExactly(tuple(EntryPointKind.SCHEDULED_JOB, "quartz Purge#execute"));
  }

  @Test
  void unparsableJavaIsReportedNotSkippedSilently() {
    Inference inference = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Broken.java", "package a; class Broken { void x( }"));

    assertThat(inference.problems()).singleElement().asString()
        .startsWith("src/main/java/a/Broken.java: not parsable Java");
    assertThat(inference.model().repositoryType()).isEqualTo(RepositoryType.LIBRARY);
  }
}

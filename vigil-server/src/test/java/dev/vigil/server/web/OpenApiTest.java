package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.FindingQuery;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.Json;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description is served, and says exactly what the route table does. */
class OpenApiTest {
  static JsonNode document;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      document = Json.mapper().readTree(in);
    }
  }

  @Test
  void isServedAsOpenApi3Json(@TempDir Path temp) {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      ServerHarness.Response response = server.call("GET", "/api/openapi.json", null, null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("content-type")).startsWith("application/json");
      assertThat(response.json().get("openapi").asText()).matches("3\\.\\d+\\.\\d+");
      assertThat(response.json()).isEqualTo(document);
    }
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationHasARoute() {
    Set<String> routes = new TreeSet<>();
    for (Route route : RouteTable.routes()) routes.add(route.method().name() + " " + route.path());
    Set<String> documented = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> {
          if (!method.equals("parameters")) documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }));

    assertThat(documented).as("documented but no route").isSubsetOf(routes);
    assertThat(routes).as("routes without documentation").isSubsetOf(documented);
  }

  @Test
  void securityOfEachOperationMatchesWhetherItsRouteNeedsAToken() {
    assertThat(document.get("security").get(0).has("bearer")).isTrue();
    for (Route route : RouteTable.routes()) {
      JsonNode operation = operation(route);
      JsonNode security = operation.get("security");
      boolean bearer = security == null
          || security.findValues("bearer").size() > 0;

      assertThat(bearer).as(route.method() + " " + route.path()).isEqualTo(route.authenticated());
      if (route.authenticated()) {
        assertThat(operation.get("responses").has("401")).as(route.path()).isTrue();
      }
    }
  }

  @Test
  void everyPathParameterIsDeclaredAsRequired() {
    Pattern parameter = Pattern.compile("\\{([^}]+)}");
    for (Route route : RouteTable.routes()) {
      Matcher names = parameter.matcher(route.path());
      while (names.find()) {
        String name = names.group(1);
        List<JsonNode> declared = new ArrayList<>();
        operation(route).path("parameters").forEach(p -> {
          if (p.get("name").asText().equals(name) && p.get("in").asText().equals("path")) declared.add(p);
        });

        assertThat(declared).as(route.method() + " " + route.path() + " declares " + name).hasSize(1);
        assertThat(declared.get(0).get("required").asBoolean()).isTrue();
      }
    }
  }

  @Test
  void errorResponsesShareTheErrorSchema() {
    JsonNode error = document.get("components").get("schemas").get("Error");
    assertThat(error.get("properties").has("error")).isTrue();
    assertThat(error.get("properties").has("field")).isTrue();
    assertThat(error.get("properties").has("message")).isTrue();
    for (Route route : RouteTable.routes()) {
      operation(route).get("responses").fields().forEachRemaining(response -> {
        if (response.getKey().startsWith("4") && response.getValue().has("content")) {
          assertThat(response.getValue().findValue("$ref").asText()).as(route.path() + " " + response.getKey())
              .isEqualTo("#/components/schemas/Error");
        }
      });
    }
  }

  @Test
  void findingsListDocumentsTheValuesTheServerAccepts() {
    JsonNode parameters = document.get("paths").get("/api/v1/findings").get("get").get("parameters");
    Set<String> sorts = new TreeSet<>();
    for (String field : FindingQuery.SORT_COLUMNS.keySet()) {
      sorts.add(field);
      sorts.add("-" + field);
    }

    assertThat(enumOf(parameters, "severity")).containsExactlyElementsOf(FindingQuery.SEVERITIES);
    assertThat(enumOf(parameters, "status")).containsExactlyElementsOf(FindingRecord.STATUSES);
    assertThat(new TreeSet<>(enumOf(parameters, "sort"))).isEqualTo(sorts);
    assertThat(parameters.findValuesAsText("name")).contains("repositoryId", "cwe", "rule", "ruleId",
        "path", "commit", "validated", "owner", "page", "size");
    assertThat(parameter(parameters, "size").get("schema").get("maximum").asInt()).isEqualTo(FindingQuery.MAX_SIZE);
  }

  private static JsonNode operation(Route route) {
    JsonNode path = document.get("paths").get(route.path());
    assertThat(path).as("documented: " + route.path()).isNotNull();
    JsonNode operation = path.get(route.method().name().toLowerCase(Locale.ROOT));
    assertThat(operation).as("documented: " + route.method() + " " + route.path()).isNotNull();
    return operation;
  }

  private static JsonNode parameter(JsonNode parameters, String name) {
    for (JsonNode parameter : parameters) {
      if (parameter.get("name").asText().equals(name)) return parameter;
    }
    throw new AssertionError("no parameter " + name);
  }

  private static List<String> enumOf(JsonNode parameters, String name) {
    List<String> values = new ArrayList<>();
    JsonNode schema = parameter(parameters, name).get("schema");
    assertThat(schema.has("enum")).as(name + " has an enum").isTrue();
    schema.get("enum").forEach(value -> values.add(value.asText()));
    return values;
  }
}

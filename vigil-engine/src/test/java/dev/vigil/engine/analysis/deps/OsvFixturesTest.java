package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the OSV fixtures honest: each validates against the OSV schema (draft 2020-12, copied into
 * the test resources; its meta-schema comes from the validator's jar, nothing is fetched).
 */
class OsvFixturesTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder
              .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
              .schemaLoader(loader -> loader.fetchRemoteResources(false)))
      .getSchema(Fixtures.text("schemas/osv-schema.json"), InputFormat.JSON);

  static Stream<Path> fixtures() throws IOException {
    return Files.list(Fixtures.osvFolder()).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureFollowsTheOsvSchema(Path fixture) throws IOException {
    assertThat(SCHEMA.validate(Files.readString(fixture), InputFormat.JSON)).isEmpty();
  }

  @Test
  void schemaRejectsARecordWithoutId() {
    List<?> errors = SCHEMA.validate("{\"modified\": \"2024-01-01T00:00:00Z\"}", InputFormat.JSON);
    assertThat(errors).isNotEmpty();
  }

  @Test
  void schemaRejectsAnUnknownEcosystem() {
    List<?> errors = SCHEMA.validate("""
        {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2024-01-01T00:00:00Z",
         "affected": [{"package": {"ecosystem": "Nonsense", "name": "x"}}]}
        """, InputFormat.JSON);
    assertThat(errors).isNotEmpty();
  }
}

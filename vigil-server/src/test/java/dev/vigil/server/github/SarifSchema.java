package dev.vigil.server.github;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The official SARIF 2.1.0 schema (the engine tests' copy, on this test classpath), offline. */
final class SarifSchema {
  private static final String PREFIX = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/";
  private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemaLoader(loader -> loader.fetchRemoteResources(false)
              .schemaIdResolvers(ids -> ids.mapPrefix(PREFIX, "classpath:schemas/"))))
      .getSchema(SchemaLocation.of(PREFIX + "sarif-schema-2.1.0.json"));

  /** Returns the violations of SARIF log {@code json}; empty if it is valid. */
  List<Error> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}

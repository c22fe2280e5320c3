package dev.vigil.engine.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema, loaded from the test classpath with format assertions on and
 * remote fetching off: its id is mapped to the copy in {@code schemas/}, and the draft-04
 * meta-schema comes from the validator's own jar, so nothing is fetched over the network.
 */
final class SarifSchema {
  static final String ID =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String ID_PREFIX =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/";

  private final Schema schema;

  SarifSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .build())
            .schemaLoader(loader -> loader
                .fetchRemoteResources(false)
                .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/"))));
    this.schema = registry.getSchema(SchemaLocation.of(ID));
  }

  /** Returns the schema violations of the SARIF log {@code json}; empty if it is valid. */
  List<Error> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }
}

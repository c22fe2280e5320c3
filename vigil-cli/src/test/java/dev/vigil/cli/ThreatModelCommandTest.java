package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatModelCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheInferredModelOfAFolder() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/main/java/api"));
    Files.writeString(source.resolve("Orders.java"), """
        package api;
        import jakarta.ws.rs.*;
        @Path("/orders")
        public class Orders {
          @GET @Path("/{id}") public String get(@PathParam("id") String id) { return id; }
        }
        """);

    ScanCommandTest.Run run = ScanCommandTest.vigil("threat-model", dir.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("repository-type:", "/orders/{id}");
  }

  @Test
  void missingPathIsABadInput() {
    ScanCommandTest.Run run = ScanCommandTest.vigil("threat-model", dir.resolve("nope").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("vigil: ").contains(dir.resolve("nope").toString());
  }
}

package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** The engine's fix-shop project committed to a repository, connected by its path and scanned. */
record FixShop(ServerHarness server, String token, Path dir, long repositoryId, String head) {
  /** The engine's fixture project (Maven runs each module's tests from the module's folder). */
  static final Path PROJECT = Path.of("../vigil-engine/src/test/resources/fix/fix-shop");

  /** Commits the project into {@code dir}, connects it and waits for its first scan. */
  static FixShop scanned(ServerHarness server, String token, Path dir) throws Exception {
    String head;
    try (GitFixtures repo = GitFixtures.init(dir); Stream<Path> files = Files.walk(PROJECT)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(PROJECT.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
      head = repo.commit("Add the shop").name();
    }
    long repositoryId = server.connect(token, "fix-shop", dir);
    long scanId = server.scanMain(token, repositoryId, 10);
    assertThat(server.awaitScan(token, scanId, Duration.ofSeconds(120)).get("state").asText()).isEqualTo("done");
    return new FixShop(server, token, dir, repositoryId, head);
  }

  /** Returns the id of the finding of {@code rule} in {@code path}. */
  long finding(String rule, String path) {
    JsonNode items = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId + "&rule=" + rule, token, null)
        .json().get("items");
    for (JsonNode item : items) {
      if (item.get("path").asText().equals(path)) return item.get("id").asLong();
    }
    throw new AssertionError("no " + rule + " in " + path + ": " + items);
  }
}

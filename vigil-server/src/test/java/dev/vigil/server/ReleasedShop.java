package dev.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A repository with a release tag behind its head, connected and scanned: {@code v1.0} carries
 * two credentials (bot.env, app.env); the head removed app.env and added other.env. So at v1.0,
 * bot.env and app.env are in the release and other.env is not.
 */
public record ReleasedShop(long repository, long bot, long app, long other) {

  /** Builds the repository in {@code dir}, connects and scans it on {@code server}. */
  public static ReleasedShop create(ServerHarness server, Path dir) throws Exception {
    String admin = server.adminToken();
    try (GitFixtures repo = GitFixtures.init(dir)) {
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(11) + "\n")
          .write("deploy/app.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(12) + "\n").commit("release 1.0");
      repo.git().tag().setName("v1.0").call();
      repo.git().rm().addFilepattern("deploy/app.env").call();
      repo.write("deploy/other.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(13) + "\n").commit("rotate app token");
    }
    long repository = server.connect(admin, "shop", dir);
    long scan = server.scanMain(admin, repository, 10);
    server.awaitScan(admin, scan, Duration.ofSeconds(60));
    JsonNode items = server.call("GET", "/api/v1/findings?repositoryId=" + repository + "&sort=path", admin, null)
        .json().get("items");
    return new ReleasedShop(repository, id(items, "deploy/bot.env"), id(items, "deploy/app.env"),
        id(items, "deploy/other.env"));
  }

  private static long id(JsonNode items, String path) {
    for (JsonNode item : items) if (item.get("path").asText().equals(path)) return item.get("id").asLong();
    throw new AssertionError("no finding in " + path + ": " + items);
  }
}

package dev.vigil.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.User;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub links and the advisory schedule, stored alike on H2 and PostgreSQL. */
class SettingStoresTest {
  @TempDir Path temp;

  @Test
  void h2() {
    try (Database database = Database.open(Database.embeddedUrl(temp), null, null)) {
      storesAndReadsBack(database);
    }
  }

  @Test
  void postgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database = Database.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
      storesAndReadsBack(database);
    }
  }

  private void storesAndReadsBack(Database database) {
    User admin = new UserStore(database.jdbi()).create("admin", "admin-password", Role.ADMIN);
    long repository = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(temp.resolve("secret.key")))
        .create("shop", "/srv/shop", "ghp_x", null, null, admin).id();
    GitHubLinkStore links = new GitHubLinkStore(database.jdbi());
    Instant at = Instant.parse("2026-12-06T03:00:00Z");

    links.save(repository, "https://api.github.com", "acme/shop", false);
    links.save(repository, "https://ghe.example.org/api/v3", "acme/shop-api", true);
    links.uploaded(repository, 7, at, "47177e22", null);
    links.uploaded(repository, 8, at.plusSeconds(60), null, "x".repeat(3000));
    GitHubLink link = links.find(repository).orElseThrow();
    AdvisoryScheduleStore schedules = new AdvisoryScheduleStore(database.jdbi());
    AdvisorySchedule off = schedules.load();
    schedules.save(true, "https://osv.example.org", List.of("Maven", "npm"), "admin");
    schedules.ran(at, "Maven: 3 advisories; npm: 1 advisories");
    schedules.save(true, null, List.of(), "admin");

    assertThat(List.of(link.apiBase(), link.fullName(), link.owner(), link.name()))
        .containsExactly("https://ghe.example.org/api/v3", "acme/shop-api", "acme", "shop-api");
    assertThat(link.uploadSarif()).isTrue();
    assertThat(link.lastUploadScan()).isEqualTo(8);
    assertThat(link.lastUploadAt()).isEqualTo(at.plusSeconds(60));
    assertThat(link.lastUploadError()).hasSize(2000).endsWith("…");
    assertThat(links.find(repository + 1)).isEmpty();
    assertThatThrownBy(() -> links.save(repository, "https://api.github.com", "no-slash", false))
        .isInstanceOf(FieldException.class).hasMessage("expected the GitHub repository as owner/name, got 'no-slash'");
    assertThat(off).isEqualTo(AdvisorySchedule.off());
    assertThat(schedules.load()).isEqualTo(new AdvisorySchedule(true, null, List.of(), at,
        "Maven: 3 advisories; npm: 1 advisories"));
    assertThat(new AdvisoryStore(database.jdbi()).noneAt(at)).isTrue();
  }
}

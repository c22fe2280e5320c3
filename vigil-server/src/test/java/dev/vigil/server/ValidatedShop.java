package dev.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Git repository of a small Spring service, connected to a test server, scanned, and
 * validated by the job that follows the scan: a SQL injection through a {@code JdbcTemplate}
 * reached from {@code GET /orders/{id}}, a path injection the head commit removed, and a GitHub
 * token (with a valid checksum) in a configuration file next to ordinary settings.
 */
public final class ValidatedShop {
  public static final String CONTROLLER = "src/main/java/com/acme/orders/OrderController.java";
  public static final String DAO = "src/main/java/com/acme/orders/OrderRepository.java";
  public static final String RUNNER = "src/main/java/com/acme/orders/InvoiceExport.java";
  public static final String CONFIG = "config/app.properties";
  public static final String TOKEN = GitFixtures.fakeGithubToken(7);

  public final long repositoryId;
  public final String headSha;

  private ValidatedShop(long repositoryId, String headSha) {
    this.repositoryId = repositoryId;
    this.headSha = headSha;
  }

  /** Where a test connects the repository it wrote: its path, or the URL of a remote made from it. */
  @FunctionalInterface
  public interface Location {
    /** Returns the location to connect for the repository written in {@code dir}. */
    String of(Path dir) throws Exception;
  }

  /** Writes the repository under {@code dir}, scans it on {@code server} and waits for validation. */
  public static ValidatedShop scan(ServerHarness server, String token, Path dir) throws Exception {
    return scan(server, token, dir, written -> written.toAbsolutePath().toString());
  }

  /** Writes the repository under {@code dir}, connects it at {@code location}, scans it and waits for validation. */
  public static ValidatedShop scan(ServerHarness server, String token, Path dir, Location location) throws Exception {
    String head;
    try (GitFixtures repo = GitFixtures.init(dir)) {
      repo.write(CONTROLLER, """
          package com.acme.orders;

          import java.util.Map;
          import org.springframework.web.bind.annotation.GetMapping;
          import org.springframework.web.bind.annotation.PathVariable;
          import org.springframework.web.bind.annotation.RestController;

          @RestController
          public class OrderController {
            private final OrderRepository orders;

            public OrderController(OrderRepository orders) {
              this.orders = orders;
            }

            @GetMapping("/orders/{id}")
            public Map<String, Object> get(@PathVariable String id) {
              return orders.byId(id);
            }
          }
          """);
      repo.write(DAO, """
          package com.acme.orders;

          import java.util.Map;
          import org.springframework.jdbc.core.JdbcTemplate;

          public class OrderRepository {
            private final JdbcTemplate jdbc;

            public OrderRepository(JdbcTemplate jdbc) {
              this.jdbc = jdbc;
            }

            public Map<String, Object> byId(String id) {
              return jdbc.queryForMap("SELECT * FROM orders WHERE id = " + id);
            }
          }
          """);
      repo.write(RUNNER, """
          package com.acme.orders;

          import java.io.FileInputStream;
          import java.io.IOException;
          import org.springframework.web.bind.annotation.RequestParam;

          public class InvoiceExport {
            public byte[] read(@RequestParam String name) throws IOException {
              try (FileInputStream in = new FileInputStream("/var/invoices/" + name)) {
                return in.readAllBytes();
              }
            }
          }
          """);
      repo.write(CONFIG, "app.name=shop\napp.port=8080\ngithub.token=" + TOKEN + "\napp.mode=prod\n");
      repo.commit("Add orders, invoices and configuration");
      repo.write(RUNNER, """
          package com.acme.orders;

          public class InvoiceExport {
            public byte[] read(String name) {
              return new byte[0];
            }
          }
          """);
      head = repo.commit("Invoices come from the billing service now").name();
    }
    long repositoryId = server.connect(token, "shop", location.of(dir));
    long scanId = server.scanMain(token, repositoryId, 10);
    JsonNode scan = server.awaitScan(token, scanId, Duration.ofSeconds(90));
    if (!scan.get("state").asText().equals("done")) throw new AssertionError("scan: " + scan);
    awaitValidated(server, token, repositoryId, Duration.ofSeconds(90));
    return new ValidatedShop(repositoryId, head);
  }

  /** Waits until no finding of the repository lacks a validation record. */
  public static void awaitValidated(ServerHarness server, String token, long repositoryId, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode unvalidated = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId
          + "&verdict=none", token, null).json();
      if (unvalidated.get("total").asLong() == 0) return;
      Thread.sleep(200);
    }
    throw new AssertionError("findings of repository " + repositoryId + " not validated within " + timeout);
  }

  /** Returns the id of the finding of {@code rule} in {@code path}. */
  public long finding(ServerHarness server, String token, String rule, String path) {
    JsonNode items = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId + "&rule=" + rule
        + "&path=" + path, token, null).json().get("items");
    if (items.size() != 1) throw new AssertionError("expected one " + rule + " in " + path + ": " + items);
    return items.get(0).get("id").asLong();
  }
}

package dev.vigil.cli.bench;

import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.UserStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench findings}: seeds many findings into an embedded H2 and a real (embedded)
 * PostgreSQL, then times filtered, sorted 50-row pages of {@code FindingStore.list} (the count and
 * the page, as the API runs them) and prints p50/p95/p99 per database and the p95 of each query
 * shape.
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
    description = "Times the filtered, sorted findings list over many findings on H2 and PostgreSQL.")
final class FindingsBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--findings", defaultValue = "100000", description = "Findings to seed (default: ${DEFAULT-VALUE}).")
  int findings;

  @Option(names = "--queries", defaultValue = "200", description = "Timed queries per database (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--repositories", defaultValue = "5", description = "Repositories the findings spread over (default: ${DEFAULT-VALUE}).")
  int repositories;

  @Option(names = "--db", split = ",", defaultValue = "h2,postgres", description = "Databases: h2, postgres (default: ${DEFAULT-VALUE}).")
  List<String> databases;

  @Option(names = "--explain", description = "Print the plan of the first query of each shape.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    if (findings < 1 || queries < 1 || repositories < 1) {
      throw new IllegalArgumentException("--findings, --queries and --repositories must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Timings> results = new LinkedHashMap<>();
    for (String name : databases) {
      Path dir = Files.createTempDirectory("vigil-bench-findings");
      EmbeddedPostgres postgres = null;
      try {
        String url;
        if (name.equals("h2")) {
          url = Database.embeddedUrl(dir);
        } else if (name.equals("postgres")) {
          postgres = EmbeddedPostgres.start();
          url = postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
        } else {
          throw new IllegalArgumentException("unknown database '" + name + "': expected h2 or postgres");
        }
        try (Database database = Database.open(url, name.equals("h2") ? null : "postgres",
            name.equals("h2") ? null : "postgres")) {
          results.put(name.equals("h2") ? "H2" : "PostgreSQL", run(database, dir, out));
        }
      } finally {
        if (postgres != null) postgres.close();
        deleteTree(dir);
      }
    }
    print(out, results);
    return 0;
  }

  private Timings run(Database database, Path dir, PrintWriter out) {
    String label = database.isPostgres() ? "PostgreSQL" : "H2";
    User owner = new UserStore(database.jdbi()).create("bench", "bench-password", Role.ADMIN);
    RepositoryStore store = new RepositoryStore(database.jdbi(), SecretBox.fromKeyFile(dir.resolve("secret.key")));
    List<Long> ids = new ArrayList<>();
    for (int r = 0; r < repositories; r++) ids.add(store.create("repo-" + r, "/srv/repo-" + r, null, null, "main", owner).id());
    long start = System.nanoTime();
    FindingSeeder seeder = new FindingSeeder(42);
    seeder.seed(database.jdbi(), ids, findings);
    database.jdbi().useHandle(h -> h.execute(database.isPostgres() ? "VACUUM ANALYZE findings" : "ANALYZE"));
    out.printf("%s: seeded %d findings in %.1f s%n", label, findings, (System.nanoTime() - start) / 1e9);
    out.flush();
    FindingStore findingStore = new FindingStore(database.jdbi());
    List<QueryMix.NamedQuery> mix = QueryMix.draw(new Random(7), ids, seeder, queries);
    for (QueryMix.NamedQuery warmUp : QueryMix.draw(new Random(8), ids, seeder, 48)) findingStore.list(warmUp.query());
    if (explain) {
      java.util.Set<String> shown = new java.util.HashSet<>();
      for (QueryMix.NamedQuery named : mix) {
        if (shown.add(named.shape())) {
          out.printf("%n== %s: %s%n%s%n", label, named.shape(), findingStore.explain(named.query()));
        }
      }
    }
    Timings timings = new Timings();
    for (QueryMix.NamedQuery named : mix) {
      long t0 = System.nanoTime();
      findingStore.list(named.query());
      timings.add(named.shape(), (System.nanoTime() - t0) / 1e6);
    }
    return timings;
  }

  private static void print(PrintWriter out, Map<String, Timings> results) {
    out.printf("%nfindings list: 50-row pages, filtered and sorted (count + page per query)%n");
    out.printf("%-12s %8s %8s %8s %8s %8s%n", "database", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms");
    results.forEach((name, t) -> out.printf("%-12s %8d %8.1f %8.1f %8.1f %8.1f%n", name, t.all.size(),
        t.percentile(t.all, 50), t.percentile(t.all, 95), t.percentile(t.all, 99), t.percentile(t.all, 100)));
    out.printf("%np95 ms by query shape%n%-32s", "shape");
    results.keySet().forEach(name -> out.printf(" %11s", name));
    out.println();
    for (String shape : results.values().iterator().next().byShape.keySet()) {
      out.printf("%-32s", shape);
      results.values().forEach(t -> out.printf(" %11.1f", t.percentile(t.byShape.get(shape), 95)));
      out.println();
    }
    out.flush();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    }
  }

  /** Milliseconds of each query, all together and by shape. */
  private static final class Timings {
    final List<Double> all = new ArrayList<>();
    final Map<String, List<Double>> byShape = new LinkedHashMap<>();

    void add(String shape, double millis) {
      all.add(millis);
      byShape.computeIfAbsent(shape, s -> new ArrayList<>()).add(millis);
    }

    double percentile(List<Double> values, int percentile) {
      List<Double> sorted = values.stream().sorted().toList();
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
  }
}

package dev.vigil.cli.bench;

import dev.vigil.server.store.FindingQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The findings-list queries people make, with their filters and sorts drawn at random: the default
 * view, filter combinations, every kind of sort, and deep pages. Each query is named by its shape so
 * a slow shape stands out.
 */
final class QueryMix {
  /** A query and the shape it was drawn from. */
  record NamedQuery(String shape, FindingQuery query) {}

  static final int PAGE_SIZE = 50;
  private static final List<String> SHAPES = List.of("default view", "open by severity",
      "high+open newest first", "cwe by path", "rule by -line", "path prefix", "commit prefix",
      "all repos critical by -commit", "owner by status", "validated", "deep page default",
      "deep page open by path", "sort confidence", "sort owner", "all repos deep by -id",
      "five filters by -introduced");

  private QueryMix() {}

  /** Returns {@code count} queries cycling through every shape, with random values. */
  static List<NamedQuery> draw(Random random, List<Long> repositories, FindingSeeder seeder, int count) {
    List<NamedQuery> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String shape = SHAPES.get(i % SHAPES.size());
      queries.add(new NamedQuery(shape, query(shape, random, repositories, seeder)));
    }
    return queries;
  }

  private static FindingQuery query(String shape, Random random, List<Long> repositories, FindingSeeder seeder) {
    long biggest = repositories.get(0);
    long repo = random.nextDouble() < 0.6 ? biggest : repositories.get(random.nextInt(repositories.size()));
    List<Long> one = List.of(repo);
    Map.Entry<String, Integer> rule = FindingSeeder.RULES.get(random.nextInt(FindingSeeder.RULES.size()));
    String module = FindingSeeder.MODULES.get(random.nextInt(8));
    String owner = FindingSeeder.OWNERS.get(random.nextInt(FindingSeeder.OWNERS.size()));
    String commit = seeder.commits().get(random.nextInt(seeder.commits().size())).substring(0, 7);
    return switch (shape) {
      case "default view" -> q(one, null, null, null, null, null, null, null, null, null, 1);
      case "open by severity" -> q(one, null, "open", null, null, null, null, null, null, "-severity", 1);
      case "high+open newest first" -> q(one, "high", "open", null, null, null, null, null, null, "-introduced", 1);
      case "cwe by path" -> q(one, null, null, rule.getValue(), null, null, null, null, null, "path", 1);
      case "rule by -line" -> q(one, null, null, null, rule.getKey(), null, null, null, null, "-line", 1);
      case "path prefix" -> q(one, null, null, null, null, "src/main/java/com/acme/" + module + "/", null,
          null, null, "-severity", 1);
      case "commit prefix" -> q(one, null, null, null, null, null, commit, null, null, "id", 1);
      case "all repos critical by -commit" -> q(repositories, "critical", null, null, null, null, null,
          null, null, "-commit", 1);
      case "owner by status" -> q(one, null, null, null, null, null, null, null, owner, "status", 1);
      case "validated" -> q(one, null, null, null, null, null, null, true, null, "severity", 1);
      case "deep page default" -> q(List.of(biggest), null, null, null, null, null, null, null, null, null,
          deepPage(random, seeder.count("repo:" + biggest)));
      case "deep page open by path" -> q(List.of(biggest), null, "open", null, null, null, null, null, null,
          "path", deepPage(random, seeder.count("repo:" + biggest + ":open")));
      case "sort confidence" -> q(one, null, null, null, null, null, null, null, null, "-confidence", 1);
      case "sort owner" -> q(one, null, null, null, null, null, null, null, null, "owner", 1 + random.nextInt(5));
      case "all repos deep by -id" -> q(repositories, null, null, null, null, null, null, null, null, "-id",
          deepPage(random, 2L * seeder.count("repo:" + biggest)));
      case "five filters by -introduced" -> q(one, "medium", "open", rule.getValue(), null, "src/", null,
          false, null, "-introduced", 1);
      default -> throw new IllegalStateException(shape);
    };
  }

  private static int deepPage(Random random, long rows) {
    int pages = (int) Math.max(1, rows / PAGE_SIZE);
    return pages / 2 + 1 + random.nextInt(Math.max(1, pages - pages / 2));
  }

  private static FindingQuery q(List<Long> repositories, String severity, String status, Integer cwe,
      String rule, String path, String commit, Boolean validated, String owner, String sort, int page) {
    return new FindingQuery(repositories, severity, status, cwe, rule, path, commit, validated, null, owner,
        null, sort, page, PAGE_SIZE);
  }
}

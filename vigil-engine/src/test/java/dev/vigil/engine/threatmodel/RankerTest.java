package dev.vigil.engine.threatmodel;

import static dev.vigil.engine.threatmodel.ShopFindings.CONFIG_SECRET;
import static dev.vigil.engine.threatmodel.ShopFindings.DEAD_CODE_WRITE;
import static dev.vigil.engine.threatmodel.ShopFindings.DESERIALIZATION;
import static dev.vigil.engine.threatmodel.ShopFindings.PATH_INJECTION;
import static dev.vigil.engine.threatmodel.ShopFindings.SQL_INJECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankerTest {
  static Inference shop;
  static final List<Finding> ALL = List.of(SQL_INJECTION, PATH_INJECTION, DESERIALIZATION,
      DEAD_CODE_WRITE, CONFIG_SECRET);

  @BeforeAll
  static void inferShop() {
    shop = Fixtures.infer("spring-api");
  }

  private static Ranker ranker(ThreatModel model) {
    return new Ranker(model, shop.callGraph());
  }

  private static int score(ThreatModel model, Finding finding) {
    return ranker(model).rank(RankingInput.of(finding)).score();
  }

  @Test
  void scoresFollowTheDocumentedFormula() {
    ThreatModel model = shop.model();

    // high x high 40, reached from GET /api/users +20
    assertThat(score(model, SQL_INJECTION)).isEqualTo(60);
    // high x medium 32, reached from the upload +20, file handling +10
    assertThat(score(model, PATH_INJECTION)).isEqualTo(62);
    // critical x high 50, from the webhook +20, deserialization +10, touches stripeApiKey +10
    assertThat(score(model, DESERIALIZATION)).isEqualTo(90);
    // medium x medium 20, not reached -10, file handling +10
    assertThat(score(model, DEAD_CODE_WRITE)).isEqualTo(20);
    // high x high 40, not Java +0, next to spring.datasource.password +10
    assertThat(score(model, CONFIG_SECRET)).isEqualTo(50);
  }

  @Test
  void reasonsNameEveryTermWithItsPoints() {
    Ranking ranking = ranker(shop.model()).rank(RankingInput.of(DESERIALIZATION));

    assertThat(ranking.reasons()).containsExactly(
        "critical severity, high confidence: 50",
        "reachable from webhook POST /webhooks/stripe: +20",
        "in priority area deserialization: +10",
        "touches sensitive data stripeApiKey (key): +10");
    assertThat(ranking.outOfScope()).isFalse();
  }

  @Test
  void halvesRoundUpAndScoresStayWithinZeroAndHundred() {
    Finding pomIssue = ShopFindings.finding("deps.vulnerable-dependency", Severity.MEDIUM,
        Confidence.LOW, "pom.xml", 10, "<artifactId>spring-boot-starter-web</artifactId>");
    Finding trivia = ShopFindings.finding("java.log-injection", Severity.INFO, Confidence.LOW,
        ShopFindings.SERVICE + "LegacyExporter.java", 9, "x");
    Ranker ranker = ranker(shop.model());

    // 25 x 0.5 = 12.5, unknown reach, dependency boundaries +10: 22.5 rounds to 23
    assertThat(ranker.rank(RankingInput.of(pomIssue)).score()).isEqualTo(23);
    // 2 x 0.5 = 1, not reached -10, file handling +10, not reproduced -15: clamped to 0
    assertThat(ranker.rank(RankingInput.of(trivia).withValidation(ValidationState.NOT_REPRODUCED))
        .score()).isZero();
    // 90 + confirmed 15: clamped to 100
    assertThat(ranker.rank(RankingInput.of(DESERIALIZATION).withValidation(ValidationState.CONFIRMED))
        .score()).isEqualTo(100);
  }

  @Test
  void validationMovesTheScoreBothWays() {
    Ranker ranker = ranker(shop.model());
    RankingInput input = RankingInput.of(SQL_INJECTION);

    assertThat(ranker.rank(input.withValidation(ValidationState.CONFIRMED)).score()).isEqualTo(75);
    assertThat(ranker.rank(input.withValidation(ValidationState.LIKELY)).score()).isEqualTo(65);
    assertThat(ranker.rank(input.withValidation(ValidationState.NOT_REPRODUCED)).score()).isEqualTo(45);
    assertThat(ranker.rank(input.withValidation(ValidationState.LIKELY)).reasons())
        .contains("validation found it likely (present and reachable): +5");
  }

  @Test
  void sameFindingsRankDifferentlyUnderTwoEditedModels() {
    ThreatModel inferred = shop.model();
    // The team turned uploads off and wants SQL built in UserService reviewed first.
    List<EntryPoint> withoutUpload = new ArrayList<>(inferred.entryPoints());
    withoutUpload.removeIf(e -> e.kind() == EntryPointKind.FILE_UPLOAD);
    List<PriorityArea> areas = new ArrayList<>(inferred.priorityAreas());
    areas.add(new PriorityArea(AreaKind.INPUT_PARSING, List.of("**/UserService.java")));
    ThreatModel edited = inferred.withEntryPoints(withoutUpload).withPriorityAreas(areas);

    assertThat(order(inferred)).containsExactly(DESERIALIZATION, PATH_INJECTION, SQL_INJECTION,
        CONFIG_SECRET, DEAD_CODE_WRITE);
    assertThat(order(edited)).containsExactly(DESERIALIZATION, SQL_INJECTION, CONFIG_SECRET,
        PATH_INJECTION, DEAD_CODE_WRITE);
    assertThat(score(edited, SQL_INJECTION)).isEqualTo(70);
    assertThat(score(edited, PATH_INJECTION)).isEqualTo(32);
  }

  private static List<Finding> order(ThreatModel model) {
    Ranker ranker = ranker(model);
    return Ranker.recommended(ALL, f -> ranker.rank(RankingInput.of(f)), 10);
  }

  @Test
  void rejectedLookAlikeLowersTheFindingAndRecordsWhy() {
    Finding rejected = ShopFindings.finding("java.sql-injection", Severity.HIGH, Confidence.HIGH,
        ShopFindings.SERVICE + "UserService.java", 40,
        "return jdbc.query(\"SELECT * FROM users WHERE email = '\" + email + \"'\", new UserRowMapper());");
    assertThat(CodeShape.of(rejected)).isEqualTo(CodeShape.of(SQL_INJECTION));
    Ranker ranker = ranker(shop.model());

    Ranking once = ranker.rank(RankingInput.of(SQL_INJECTION)
        .withRejectedLookAlikes(List.of("email is validated against a whitelist")));
    Ranking thrice = ranker.rank(RankingInput.of(SQL_INJECTION)
        .withRejectedLookAlikes(List.of("a", "b", "c")));

    assertThat(once.score()).isEqualTo(45);
    assertThat(once.reasons()).contains("1 look-alike(s) rejected as false positive "
        + "(email is validated against a whitelist): -15");
    assertThat(thrice.score()).isEqualTo(30);
    assertThat(once.score()).isLessThan(ranker.rank(RankingInput.of(SQL_INJECTION)).score());
  }

  @Test
  void outOfScopeFindingKeepsItsScoreButIsNotRecommended() {
    Finding inTests = ShopFindings.finding("java.sql-injection", Severity.CRITICAL, Confidence.HIGH,
        "src/test/java/com/acme/shop/UserControllerTest.java", 4, "x");
    Ranker ranker = ranker(shop.model());
    Ranking ranking = ranker.rank(RankingInput.of(inTests));

    assertThat(ranking.outOfScope()).isTrue();
    assertThat(ranking.outOfScopeReason()).isEqualTo("out of scope: src/test/** (test code, not deployed)");
    assertThat(ranking.score()).isEqualTo(50);
    List<Finding> all = new ArrayList<>(ALL);
    all.add(inTests);
    assertThat(Ranker.recommended(all, f -> ranker.rank(RankingInput.of(f)), 10))
        .doesNotContain(inTests).hasSize(5);
    assertThat(Ranker.recommended(all, f -> ranker.rank(RankingInput.of(f)), 2))
        .containsExactly(DESERIALIZATION, PATH_INJECTION);
  }

  @Test
  void evidenceInAnEntryPointCountsAsReached() {
    Finding unreachedSink = ShopFindings.finding("java.path-injection", Severity.HIGH, Confidence.HIGH,
        ShopFindings.SERVICE + "LegacyExporter.java", 10, "out.write(csv.getBytes());");
    Finding withSource = ShopFindings.withEvidence(unreachedSink,
        "src/main/java/com/acme/shop/api/FileController.java", 20);
    Ranker ranker = ranker(shop.model());

    assertThat(ranker.rank(RankingInput.of(withSource)).score())
        .isGreaterThan(ranker.rank(RankingInput.of(unreachedSink)).score());
  }

  @Test
  void severityAndConfidenceOrderScoresAllElseEqual() {
    Ranker ranker = ranker(shop.model());
    int previous = Integer.MAX_VALUE;
    for (Severity severity : Severity.values()) {
      int score = ranker.rank(RankingInput.of(ShopFindings.finding("r", severity, Confidence.HIGH,
          ShopFindings.SERVICE + "UserService.java", 24, ""))).score();
      assertThat(score).isLessThanOrEqualTo(previous);
      previous = score;
    }
    int high = score(shop.model(), ShopFindings.finding("r", Severity.HIGH, Confidence.HIGH, "a.txt", 1, ""));
    int medium = score(shop.model(), ShopFindings.finding("r", Severity.HIGH, Confidence.MEDIUM, "a.txt", 1, ""));
    int low = score(shop.model(), ShopFindings.finding("r", Severity.HIGH, Confidence.LOW, "a.txt", 1, ""));
    assertThat(List.of(high, medium, low)).containsExactly(40, 32, 20);
  }
}

package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StalenessTest {
  private static final String API = """
      package a;
      import org.springframework.web.bind.annotation.*;
      @RestController @RequestMapping("/api")
      class Api {
        @GetMapping("/items") String items() { return ""; }
      }
      """;

  @Test
  void newEntryPointAndNewTypeNeedReview() {
    ThreatModel before = new ThreatModelInference().infer(Fixtures.tree("src/main/java/a/Api.java", API)).model();
    ThreatModel after = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Api.java", API.replace("class Api {", "class Api {\n  @PostMapping(\"/hooks/github\") void hook(String b) {}"),
        "src/main/java/a/Jobs.java", """
            package a;
            import org.springframework.kafka.annotation.KafkaListener;
            class Jobs { @KafkaListener(topics = "audit") void on(String m) {} }
            """)).model();

    Staleness staleness = Staleness.check(before, after);

    assertThat(staleness.needsReview()).isTrue();
    assertThat(staleness.changes()).containsExactly(
        "repository type changed: public-api -> mixed",
        "new entry point webhook POST /api/hooks/github (src/main/java/a/Api.java:5)",
        "new entry point message-listener kafka audit (src/main/java/a/Jobs.java:3)",
        "new trust boundary message broker -> service");
  }

  @Test
  void movedLinesAndRemovedEntryPointsDoNotNeedReview() {
    ThreatModel before = new ThreatModelInference().infer(Fixtures.tree("src/main/java/a/Api.java", API)).model();
    ThreatModel moved = new ThreatModelInference().infer(Fixtures.tree(
        "src/main/java/a/Api.java", API.replace("class Api {", "class Api {\n\n  // moved\n"))).model();

    assertThat(Staleness.check(before, moved)).isEqualTo(new Staleness(false, List.of()));
    assertThat(Staleness.check(before, before.withEntryPoints(List.of())).needsReview()).isFalse();
  }

  @Test
  void diffListsEveryKindOfEdit() {
    ThreatModel older = Fixtures.infer("worker").model();
    List<EntryPoint> entries = new ArrayList<>(older.entryPoints());
    entries.remove(1);
    entries.add(new EntryPoint(EntryPointKind.WEBHOOK, "POST /stripe", "src/main/java/Hook.java", 3, ""));
    ThreatModel newer = older.withRepositoryType(RepositoryType.MIXED).withEntryPoints(entries)
        .withOutOfScope(List.of(new OutOfScope("tools/**", "scripts")))
        .withAssumptions(List.of("Kafka is private."), "checked");

    ThreatModelDiff diff = ThreatModelDiff.between(older, newer);

    assertThat(diff.describe()).containsExactly(
        "repository type: worker -> mixed",
        "+ entry point webhook POST /stripe (src/main/java/Hook.java:3)",
        "- entry point scheduled-job NightlyReconciliation#reconcile (cron 0 0 2 * * *)",
        "+ out of scope: tools/** (scripts)",
        "+ assumption Kafka is private.",
        "notes changed");
    assertThat(ThreatModelDiff.between(older, older).isEmpty()).isTrue();
  }
}

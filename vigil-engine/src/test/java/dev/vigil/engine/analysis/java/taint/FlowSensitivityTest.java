package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.taint.TaintFixture.rules;
import static dev.vigil.engine.analysis.java.taint.TaintFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Precision inside one method: each feature with a vulnerable and a safe variant. */
class FlowSensitivityTest {
  private static final String SQL = "connection.createStatement().executeQuery(\"SELECT \" + bar);";

  private static void vulnerable(String body) {
    assertThat(rules(run(body + "\n" + SQL))).as(body).containsExactly("java.sql-injection");
  }

  private static void safe(String body) {
    assertThat(run(body + "\n" + SQL)).as(body).isEmpty();
  }

  @Test
  void assignmentKillsTaint() {
    vulnerable("String bar = param;");
    safe("String bar = param; bar = \"constant\";");
  }

  @Test
  void constantConditionsPruneDeadBranches() {
    vulnerable("String bar = \"safe\"; if ((7 * 42) - 86 > 200) bar = param;");
    safe("String bar = \"safe\"; if ((7 * 18) - 86 > 200) bar = param;");
    vulnerable("int num = 106; String bar = (7 * 18) + num > 200 ? param : \"safe\";");
    safe("int num = 86; String bar = (7 * 18) + num > 200 ? \"safe\" : param;");
  }

  @Test
  void switchOnAConstantTakesOnlyItsCase() {
    String template = """
        String guess = "ABC";
        char target = guess.charAt(%d);
        String bar;
        switch (target) {
          case 'A': bar = param; break;
          case 'B': bar = "safe"; break;
          default: bar = "other"; break;
        }
        """;
    vulnerable(template.formatted(0));
    safe(template.formatted(1));
  }

  @Test
  void switchOverEnumLabelsFollowsEveryCase() {
    vulnerable("""
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf("MONDAY");
        String bar = "x";
        switch (day) {
          case MONDAY: bar = param; break;
          default: bar = "y";
        }
        """);
  }

  @Test
  void mapsKeepValuesByConstantKey() {
    String template = """
        Map<String, Object> map = new HashMap<>();
        map.put("keyA", "a-value");
        map.put("keyB", param);
        String bar = (String) map.get("%s");
        """;
    vulnerable(template.formatted("keyB"));
    safe(template.formatted("keyA"));
  }

  @Test
  void listsShiftAfterARemovedElement() {
    String template = """
        List<String> values = new ArrayList<>();
        values.add("safe");
        values.add(param);
        values.add("moresafe");
        values.remove(0);
        String bar = values.get(%d);
        """;
    vulnerable(template.formatted(0));
    safe(template.formatted(1));
  }

  @Test
  void arraysKeepElementsByConstantIndex() {
    vulnerable("String[] parts = {\"a\", param}; String bar = parts[1];");
    safe("String[] parts = {\"a\", param}; String bar = parts[0];");
    vulnerable("String[] parts = param.split(\",\"); String bar = parts[0];");
  }

  @Test
  void stringOperationsPropagate() {
    vulnerable("StringBuilder sb = new StringBuilder(); sb.append(\"x\").append(param); String bar = sb.toString();");
    vulnerable("String bar = String.format(\"%s-%s\", \"a\", param);");
    vulnerable("String bar = param.substring(1).replace('a', 'b').trim();");
    safe("StringBuilder sb = new StringBuilder(param); sb = new StringBuilder(\"x\"); String bar = sb.toString();");
    safe("String bar = String.valueOf(param.length());");
  }

  @Test
  void fieldsCarryTaintBetweenMethods() {
    String members = """
          private String stored;
          void remember(String value) { this.stored = value; }
          String recall() { return stored; }
        """;
    assertThat(rules(run("remember(param); String bar = recall();\n" + SQL, members)))
        .containsExactly("java.sql-injection");
    assertThat(run("remember(\"fixed\"); String bar = recall();\n" + SQL, members)).isEmpty();
  }

  @Test
  void lambdasAndAnonymousClassesSeeCapturedValues() {
    vulnerable("String bar = Optional.of(param).map(v -> v + \"!\").get();");
    assertThat(rules(run("""
        Runnable job = new Runnable() {
          public void run() {
            try { connection.createStatement().execute("DELETE " + param); } catch (Exception e) { }
          }
        };
        """))).containsExactly("java.sql-injection");
    assertThat(rules(run("List.of(param).forEach(v -> { try { connection.createStatement().execute(v); } catch (Exception e) { } });")))
        .containsExactly("java.sql-injection");
  }

  @Test
  void innerClassMethodsAreSummarised() {
    String members = """
          private class Test {
            String doSomething(String value) { return value + "_suffix"; }
            String safely(String value) { return "constant"; }
          }
        """;
    assertThat(rules(run("String bar = new Test().doSomething(param);\n" + SQL, members)))
        .containsExactly("java.sql-injection");
    assertThat(run("String bar = new Test().safely(param);\n" + SQL, members)).isEmpty();
  }

  @Test
  void guardsSanitiseOnTheirBranch() {
    safe("if (!param.matches(\"[0-9]{1,6}\")) { return; } String bar = param;");
    safe("Set<String> allowed = Set.of(\"a\", \"b\"); if (!allowed.contains(param)) return; String bar = param;");
    vulnerable("if (param.isEmpty()) return; String bar = param;");
    safe("long id = Long.parseLong(param); String bar = \"\" + id;");
  }
}

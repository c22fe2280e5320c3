package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attacker-controlled {@code ${{ }}} expressions pasted into code: a step's {@code run:}
 * script or the {@code script:} of {@code actions/github-script}. The runner substitutes them
 * before the shell or Node sees the text, so a pull request title such as {@code "; curl ... | sh}
 * runs as code. Passing the value through {@code env:} and quoting the variable is safe.
 */
final class ScriptInjectionCheck implements WorkflowCheck {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.{0,1000}?)}}");

  @Override
  public List<Hit> check(Workflow workflow, CiRule rule) {
    List<Hit> hits = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        YamlNode sink = step.node().get("run");
        String where = "the run: script";
        if (sink == null && step.usesAction("actions/github-script")) {
          YamlNode with = step.node().get("with");
          sink = with == null ? null : with.get("script");
          where = "the github-script script";
        }
        if (sink == null || sink.text() == null) continue;
        Matcher matcher = EXPRESSION.matcher(sink.text());
        while (matcher.find()) {
          String expression = matcher.group(1).strip();
          if (!rule.untrusted(expression)) continue;
          int line = workflow.source().find(matcher.group(), sink.line());
          hits.add(Hit.of(line, "Step " + step.label() + " of job '" + job.id()
                  + "' pastes ${{ " + expression + " }} into " + where + ".",
              job.id() + "|" + expression,
              List.of(new Hit.Clue(line, "attacker-controlled " + expression
                  + " is substituted into " + where + " before it runs"))));
        }
      }
    }
    return hits;
  }
}

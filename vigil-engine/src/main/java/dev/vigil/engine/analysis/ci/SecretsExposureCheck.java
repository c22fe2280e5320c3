package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code ${{ secrets.X }}} handed (through {@code env:} or {@code with:}) to steps of a
 * workflow triggered by untrusted input when those steps run code the repository does not
 * control: any executing step after a checkout of the pull request's code, or an unpinned
 * third-party action. A job-level {@code env:} secret counts when the job runs pull request code.
 */
final class SecretsExposureCheck implements WorkflowCheck {
  private static final Pattern SECRET = Pattern.compile("secrets\\.([A-Za-z0-9_-]+)");

  @Override
  public List<Hit> check(Workflow workflow, CiRule rule) {
    String trigger = workflow.firstTrigger(rule.triggers());
    if (trigger == null) return List.of();
    List<Hit> hits = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      int checkout = PullRequestCheckout.firstIn(job);
      if (checkout >= 0) {
        collect(hits, workflow, job.node().get("env"), job.id() + "|job",
            "Job '" + job.id() + "' of a " + trigger + " workflow puts",
            "into the environment of every step, including those that run the pull request's code");
      }
      for (Step step : job.steps()) {
        String why = exposure(step, checkout, rule);
        if (why == null) continue;
        String who = "Step " + step.label() + " of job '" + job.id() + "' of a " + trigger
            + " workflow receives";
        collect(hits, workflow, step.node().get("env"), job.id() + "|" + step.label(), who, why);
        collect(hits, workflow, step.node().get("with"), job.id() + "|" + step.label(), who, why);
      }
    }
    return hits;
  }

  private static String exposure(Step step, int checkout, CiRule rule) {
    if (checkout >= 0 && step.index() > checkout && rule.executes(step)) {
      return "while it runs the pull request's code";
    }
    if (step.uses() != null) {
      ActionReference reference = ActionReference.parse(step.uses());
      if (!reference.pinned() && !rule.trustedOwners().contains(reference.owner())) {
        return "while it runs the unpinned third-party action " + reference.value();
      }
    }
    return null;
  }

  private static void collect(List<Hit> hits, Workflow workflow, YamlNode values, String key,
      String who, String why) {
    if (!(values instanceof YamlNode.Mapping mapping)) return;
    for (YamlNode.Entry entry : mapping.entries().values()) {
      String text = entry.value().text();
      if (text == null) continue;
      Matcher matcher = SECRET.matcher(text);
      while (matcher.find()) {
        String secret = matcher.group(1);
        int line = workflow.source().find(matcher.group(), entry.keyLine());
        hits.add(Hit.of(line, who + " secret " + secret + " " + why + ".", key + "|" + secret,
            List.of(new Hit.Clue(line, "secret " + secret + " is handed over " + why))));
      }
    }
  }
}

package dev.vigil.server.digest;

import dev.vigil.server.store.FindingRecord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggests what to change after a false positive so its look-alikes stop coming: the threat
 * model's scope when the code is not what ships or not what an attacker reaches, the environment
 * when the finding depends on configuration. Reads the finding's path and the rejection's reason;
 * pure, so tests can pin it.
 */
final class RejectionAdvice {
  private static final Pattern NOT_SHIPPED = Pattern.compile(
      "(^|/)(tests?|spec|fixtures?|examples?|samples?|demos?|docs?|vendor|third[-_]party|generated|benchmarks?)/",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> REACH_WORDS = List.of("internal", "admin", "trusted", "authenticated",
      "not reachable", "unreachable", "not exposed", "only called", "private", "localhost", "dead code",
      "never called", "not used", "unused");
  private static final List<String> ENVIRONMENT_WORDS = List.of("config", "property", "properties", "profile",
      "environment", "production", "deploy", "feature flag", "disabled", "setting", "dev only", "local only");

  private RejectionAdvice() {}

  /** Returns the suggestion for a rejection of {@code finding} with {@code reason}. */
  static String suggest(FindingRecord finding, String reason) {
    String why = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    var notShipped = NOT_SHIPPED.matcher(finding.path());
    if (notShipped.find()) {
      String folder = finding.path().substring(0, notShipped.end());
      return "Adjust the threat model's scope: add \"" + folder + "**\" to out-of-scope (or list " + folder
          + " in .vigilignore) so code that does not ship stops ranking.";
    }
    if (REACH_WORDS.stream().anyMatch(why::contains)) {
      return "Adjust the threat model's scope: record why " + finding.path() + " is beyond an attacker's reach "
          + "(its boundary, or out-of-scope with this reason) so look-alikes rank lower.";
    }
    if (ENVIRONMENT_WORDS.stream().anyMatch(why::contains)) {
      return "Adjust the environment: build and test with the configuration that ships, so validation judges "
          + "this " + finding.ruleId() + " finding as deployed.";
    }
    return "If " + folder(finding.path()) + " is outside what an attacker reaches, adjust the threat model's scope; "
        + "if the finding depends on configuration, adjust the environment.";
  }

  private static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(0, slash + 1);
  }
}

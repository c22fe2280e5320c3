package dev.vigil.server.ui;

import dev.vigil.server.store.FindingRecord;
import java.util.Locale;

/**
 * Impact reasoning until the threat model ranks findings: what the severity and the location of a
 * finding suggest, said plainly as a first reading rather than a verdict.
 */
final class Impact {
  private Impact() {}

  /** Returns a short paragraph on the likely impact of {@code finding}. */
  static String of(FindingRecord finding) {
    String path = finding.path().toLowerCase(Locale.ROOT);
    String where;
    if (path.contains("/test/") || path.contains("/tests/") || path.startsWith("test")) {
      where = "It is in test code, which usually does not ship; the risk is lower unless the same code is reused in production.";
    } else if (path.startsWith(".github/workflows/") || path.endsWith(".gitlab-ci.yml")) {
      where = "It is in a CI workflow, which runs with the repository's tokens and secrets: a compromise reaches the build and the release.";
    } else if (path.endsWith(".env") || path.endsWith(".properties") || path.endsWith(".yml")
        || path.endsWith(".yaml") || path.endsWith(".json") || path.endsWith(".xml") || path.endsWith(".toml")) {
      where = "It is in a configuration file, which is often deployed as is and read by every environment.";
    } else if (path.endsWith(".java") || path.endsWith(".kt") || path.endsWith(".py") || path.endsWith(".js")
        || path.endsWith(".ts") || path.endsWith(".go")) {
      where = "It is in application source code; whether it is reachable from an entry point decides how exposed it is.";
    } else {
      where = "Its location does not tell how exposed it is.";
    }
    String how = switch (finding.severity()) {
      case "critical" -> "Critical severity: if real, it likely allows a direct compromise (for example a working credential or code execution).";
      case "high" -> "High severity: if real, it likely exposes data or lets an attacker act beyond their rights.";
      case "medium" -> "Medium severity: harmful in combination with other weaknesses or in some configurations.";
      case "low" -> "Low severity: a weakness with limited direct impact.";
      default -> "Informational: worth knowing, unlikely to be exploitable alone.";
    };
    return how + " " + where + (finding.presentAtHead() ? " It is still present at the head of the branch."
        : " It is no longer present at the head of the branch.");
  }
}

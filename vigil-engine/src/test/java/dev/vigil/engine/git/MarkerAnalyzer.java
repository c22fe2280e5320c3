package dev.vigil.engine.git;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real, tiny analyzer for engine tests: every {@code VULN:<name>} in a file is a finding whose
 * context is the name. It counts how often it analysed each blob, and fails on {@code CRASH}.
 */
final class MarkerAnalyzer implements Analyzer {
  private static final Pattern MARKER = Pattern.compile("VULN:(\\w+)");
  final Map<String, Integer> runsByBlob = new ConcurrentHashMap<>();

  @Override
  public String id() {
    return "marker";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public boolean reads(String path) {
    return !path.endsWith(".ignored");
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    runsByBlob.merge(context.blobId(), 1, Integer::sum);
    String text = context.text();
    if (text.contains("CRASH")) throw new IllegalStateException("marker analyzer crashed");
    List<Finding> findings = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      while (m.find()) {
        Location at = new Location(context.path(), i + 1, m.start() + 1, i + 1, m.end() + 1);
        findings.add(new Finding("test.marker", 798, Severity.HIGH, Confidence.HIGH,
            "marker " + m.group(1), at, lines[i], m.group(1),
            List.of(new EvidenceStep(at, lines[i], "marker found"))));
      }
    }
    return findings;
  }

  int totalRuns() {
    return runsByBlob.values().stream().mapToInt(Integer::intValue).sum();
  }
}

package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vulnerable Maven dependency is upgraded to the smallest fixing version the advisory names, where
 * the version is really set: the {@code <version>} of the dependency, the property it reads (in the
 * same pom or a parent's), or the parent's {@code dependencyManagement} entry the finding's evidence
 * points to. Only that value changes. A version range, a version from a BOM outside the repository or
 * an advisory without a fixing version is refused.
 */
final class DependencyVersionFix implements FixGenerator {
  private static final Pattern DECLARED = Pattern.compile("^(\\S+) (\\S+) is affected by ");
  private static final Pattern FIX = Pattern.compile("Smallest fixing upgrade: (\\S+?)(?:\\.\\s|\\.$| \\()");
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  @Override
  public boolean handles(Finding finding) {
    return finding.ruleId().equals("deps.vulnerable-dependency") && finding.location().path().endsWith("pom.xml");
  }

  @Override
  public Proposal propose(Finding finding, SourceFiles files) {
    Matcher declared = DECLARED.matcher(finding.message());
    Matcher fix = FIX.matcher(finding.message());
    if (!declared.find()) {
      return Proposal.refused("the dependency's version is a range, not a pinned version: the range's owner must "
          + "decide its new lower bound");
    }
    if (!fix.find()) return Proposal.refused("the advisory names no fixed version newer than " + declared.group(2));
    String version = declared.group(2);
    String fixed = fix.group(1);
    EvidenceStep where = finding.evidence().stream().skip(1)
        .filter(s -> s.location().path().endsWith("pom.xml") && s.code().contains(version)).findFirst()
        .orElse(new EvidenceStep(finding.location(), finding.excerpt(), "the dependency"));
    String path = where.location().path();
    String text = files.read(path).orElse(null);
    if (text == null) {
      return Proposal.refused("the version is set in " + path + ", which is not in the repository (a BOM or parent "
          + "from a repository server): upgrade it there, or override the version in dependencyManagement");
    }
    List<String> lines = new java.util.ArrayList<>(UnifiedDiff.splitLines(text));
    int line = where.location().line() - 1;
    if (line < 0 || line >= lines.size()) return Proposal.refused("line " + (line + 1) + " of " + path + " is gone");
    String target = ">" + version + "<";
    if (!lines.get(line).contains(target)) {
      Matcher property = PROPERTY.matcher(lines.get(line));
      if (!property.find()) {
        return Proposal.refused("the version " + version + " is not written at " + path + ":" + (line + 1));
      }
      String element = "<" + property.group(1) + ">" + version + "</" + property.group(1) + ">";
      line = -1;
      for (int i = 0; i < lines.size() && line < 0; i++) if (lines.get(i).contains(element)) line = i;
      if (line < 0) {
        return Proposal.refused("the property ${" + property.group(1) + "} that sets the version is not defined in "
            + path + " (it comes from a parent outside the repository)");
      }
    }
    lines.set(line, lines.get(line).replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(">" + fixed + "<")));
    String after = String.join("", lines);
    return new Proposal.Fixed(new RemediationPatch(finding.ruleId(), "Upgrades " + declared.group(1) + " from " + version
        + " to " + fixed + ", the smallest version the advisory says is fixed, where the version is set ("
        + path + ":" + (line + 1) + ").", List.of("Check the release notes of " + fixed + " for changes the code must "
        + "follow; the build and tests show whether it still works."), List.of(new FileEdit(path, text, after))));
  }
}

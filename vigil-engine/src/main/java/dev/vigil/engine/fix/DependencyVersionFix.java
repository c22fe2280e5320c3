package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vulnerable Maven or Gradle dependency is upgraded to the smallest fixing version the advisory
 * names, where the version is really set: the dependency's own version (a pom's {@code <version>},
 * a {@code build.gradle(.kts)} string, a version catalog library), the property or variable it reads
 * (a pom's or a parent pom's property, a {@code gradle.properties} entry, a build file variable, a
 * catalog's {@code [versions]} entry), or the parent's {@code dependencyManagement} entry the
 * finding's evidence points to. Only that value changes. A version range, a version from a BOM or
 * parent outside the repository or an advisory without a fixing version is refused.
 */
final class DependencyVersionFix implements FixGenerator {
  private static final Pattern DECLARED = Pattern.compile("^(\\S+) (\\S+) is affected by ");
  private static final Pattern FIX = Pattern.compile("Smallest fixing upgrade: (\\S+?)(?:\\.\\s|\\.$| \\()");
  private static final Pattern MANIFESTS = Pattern.compile(
      "(^|/)(pom\\.xml|build\\.gradle(\\.kts)?|gradle\\.properties|[\\w.-]*\\.versions\\.toml)$");
  /** A reference to a value set elsewhere: {@code ${name}}, Gradle's {@code $name}, a catalog's {@code version.ref}. */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([\\w.-]+)}|\\$(\\w+)|version\\.ref\\s*=\\s*\"([\\w.-]+)\"");

  @Override
  public boolean handles(Finding finding) {
    return finding.ruleId().equals("deps.vulnerable-dependency") && MANIFESTS.matcher(finding.location().path()).find();
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
        .filter(s -> MANIFESTS.matcher(s.location().path()).find() && !s.location().equals(finding.location())
            && (s.code().contains(version) || s.description().endsWith(" = " + version)))
        .findFirst().orElse(new EvidenceStep(finding.location(), finding.excerpt(), "the dependency"));
    String path = where.location().path();
    String text = files.read(path).orElse(null);
    if (text == null) {
      return Proposal.refused("the version is set in " + path + ", which is not in the repository (a BOM or parent "
          + "from a repository server): upgrade it there, or override the version in dependencyManagement");
    }
    List<String> lines = new java.util.ArrayList<>(UnifiedDiff.splitLines(text));
    int line = where.location().line() - 1;
    if (line < 0 || line >= lines.size()) return Proposal.refused("line " + (line + 1) + " of " + path + " is gone");
    Pattern token = Pattern.compile("(?<![\\w.-])" + Pattern.quote(version) + "(?![\\w.-])");
    if (!token.matcher(lines.get(line)).find()) {
      Matcher reference = REFERENCE.matcher(lines.get(line));
      if (!reference.find()) {
        return Proposal.refused("the version " + version + " is not written at " + path + ":" + (line + 1));
      }
      String name = reference.group(1) != null ? reference.group(1)
          : reference.group(2) != null ? reference.group(2) : reference.group(3);
      line = definition(lines, name, version, path.endsWith("pom.xml"));
      if (line < 0) {
        return Proposal.refused("the property " + name + " that sets the version is not defined in " + path
            + " (it comes from a parent or another build outside this file)");
      }
    }
    lines.set(line, token.matcher(lines.get(line)).replaceFirst(Matcher.quoteReplacement(fixed)));
    String after = String.join("", lines);
    return new Proposal.Fixed(new RemediationPatch(finding.ruleId(), "Upgrades " + declared.group(1) + " from " + version
        + " to " + fixed + ", the smallest version the advisory says is fixed, where the version is set ("
        + path + ":" + (line + 1) + ").", List.of("Check the release notes of " + fixed + " for changes the code must "
        + "follow; the build and tests show whether it still works."), List.of(new FileEdit(path, text, after))));
  }

  /** Returns the index of the line that sets {@code name} to {@code version}: a pom property, a variable, a catalog entry. */
  private static int definition(List<String> lines, String name, String version, boolean pom) {
    String quoted = Pattern.quote(name);
    Pattern sets = pom ? Pattern.compile("<" + quoted + ">\\s*" + Pattern.quote(version) + "\\s*</" + quoted + ">")
        : Pattern.compile("^\\s*(?:(?:def|val|var)\\s+|ext\\.|extra\\[\")?\"?" + quoted
            + "\"?]?\\s*(?::\\s*String\\s*)?=\\s*['\"]" + Pattern.quote(version) + "['\"]");
    for (int i = 0; i < lines.size(); i++) if (sets.matcher(lines.get(i)).find()) return i;
    return -1;
  }
}

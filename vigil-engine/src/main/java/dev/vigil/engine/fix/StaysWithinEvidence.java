package dev.vigil.engine.fix;

import com.github.javaparser.Range;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A patch changes only the finding's code: the files of its location and evidence and, in a Java
 * file, only the members (methods, constructors, fields, initializers) that hold an evidence line,
 * the fields of their class those members read, and the file's imports. A fix may also add lines to
 * a Maven build file (the library it needs, e.g. an encoder), without changing any line there.
 */
final class StaysWithinEvidence implements PatchRule {
  @Override
  public List<String> violations(Finding finding, RemediationPatch patch) {
    List<String> violations = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    files.add(finding.location().path());
    finding.evidence().forEach(step -> files.add(step.location().path()));
    for (FileEdit edit : patch.edits()) {
      if (!files.contains(edit.path()) && !addsToBuildFile(edit)) {
        violations.add("it changes " + edit.path() + ", which is not in the finding's evidence (" + String.join(", ", files) + ")");
      } else if (edit.path().endsWith(".java")) {
        violations.addAll(outsideMembers(finding, edit));
      }
    }
    return violations;
  }

  private static boolean addsToBuildFile(FileEdit edit) {
    return BuildFile.isBuildFile(edit.path()) && ChangedLines.of(edit).changes().stream().allMatch(c -> c.removed().isEmpty());
  }

  private static List<String> outsideMembers(Finding finding, FileEdit edit) {
    JavaUnit unit = JavaUnit.parse(edit.path(), edit.before()).orElse(null);
    if (unit == null) return List.of("it changes " + edit.path() + ", which does not parse as Java");
    List<Range> allowed = new ArrayList<>();
    for (int line : evidenceLines(finding, edit.path())) {
      unit.covering(Node.class, line).stream()
          .filter(n -> n instanceof BodyDeclaration<?> && JavaUnit.enclosingMember(n).orElse(null) == n)
          .reduce((inner, outer) -> outer)
          .ifPresent(member -> {
            member.getRange().ifPresent(allowed::add);
            FieldReach.of(member).forEach(field -> field.getRange().ifPresent(allowed::add));
          });
    }
    List<ImportDeclaration> imports = unit.unit().getImports();
    int importsFrom = imports.isEmpty()
        ? unit.unit().getPackageDeclaration().flatMap(Node::getEnd).map(p -> p.line).orElse(0)
        : imports.get(0).getBegin().orElseThrow().line - 1;
    int importsTo = imports.isEmpty() ? importsFrom + 2
        : imports.get(imports.size() - 1).getEnd().orElseThrow().line + 1;
    List<String> violations = new ArrayList<>();
    for (ChangedLines.Change change : ChangedLines.of(edit).changes()) {
      boolean inImports = change.first() >= importsFrom && Math.max(change.first(), change.last()) <= importsTo
          && change.added().stream().allMatch(l -> l.isBlank() || l.startsWith("import "));
      boolean inMember = allowed.stream().anyMatch(r -> change.last() < change.first()
          ? r.begin.line <= change.last() && change.last() < r.end.line
          : r.begin.line <= change.first() && change.last() <= r.end.line);
      if (!inImports && !inMember) {
        violations.add("it changes " + edit.path() + " at line " + change.first()
            + ", outside the members of the finding's evidence");
      }
    }
    return violations;
  }

  private static Set<Integer> evidenceLines(Finding finding, String path) {
    Set<Integer> lines = new LinkedHashSet<>();
    if (finding.location().path().equals(path)) lines.add(finding.location().line());
    for (EvidenceStep step : finding.evidence()) {
      if (step.location().path().equals(path)) lines.add(step.location().line());
    }
    return lines;
  }
}

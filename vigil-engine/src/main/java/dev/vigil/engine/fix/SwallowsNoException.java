package dev.vigil.engine.fix;

import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A patch swallows no error: every catch clause it adds throws, and it adds no
 * {@code continue-on-error} or {@code || true} to a workflow or script.
 */
final class SwallowsNoException implements PatchRule {
  private static final Pattern IGNORED_FAILURE = Pattern.compile("continue-on-error\\s*:\\s*true|\\|\\|\\s*true\\b");

  @Override
  public List<String> violations(Finding finding, RemediationPatch patch) {
    List<String> violations = new ArrayList<>();
    for (FileEdit edit : patch.edits()) {
      for (String line : ChangedLines.of(edit).added()) {
        if (IGNORED_FAILURE.matcher(line).find()) {
          violations.add("it adds '" + line.strip() + "' to " + edit.path() + ", which ignores a failure");
        }
      }
      if (!edit.path().endsWith(".java")) continue;
      var before = JavaUnit.parse(edit.path(), edit.before());
      var after = JavaUnit.parse(edit.path(), edit.after());
      if (before.isEmpty() || after.isEmpty()) continue;
      Map<String, Integer> existing = new HashMap<>();
      before.get().unit().findAll(CatchClause.class).forEach(c -> existing.merge(c.toString(), 1, Integer::sum));
      for (CatchClause clause : after.get().unit().findAll(CatchClause.class)) {
        if (existing.merge(clause.toString(), -1, Integer::sum) >= 0) continue;
        if (clause.getBody().findAll(ThrowStmt.class).isEmpty()) {
          violations.add("it adds a catch of " + clause.getParameter().getTypeAsString() + " to " + edit.path()
              + " that does not rethrow, which swallows the error");
        }
      }
    }
    return violations;
  }
}

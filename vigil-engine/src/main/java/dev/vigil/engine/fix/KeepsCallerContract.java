package dev.vigil.engine.fix;

import com.github.javaparser.ast.body.CallableDeclaration;
import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A patch moves no risk to callers: every method and constructor keeps its name, parameters, return
 * type and declared exceptions, so the fix happens where the flaw is, not in a new duty of the caller.
 */
final class KeepsCallerContract implements PatchRule {
  @Override
  public List<String> violations(Finding finding, RemediationPatch patch) {
    List<String> violations = new ArrayList<>();
    for (FileEdit edit : patch.edits()) {
      if (!edit.path().endsWith(".java")) continue;
      var before = JavaUnit.parse(edit.path(), edit.before());
      var after = JavaUnit.parse(edit.path(), edit.after());
      if (before.isEmpty()) continue;
      if (after.isEmpty()) {
        violations.add("it leaves " + edit.path() + " unparsable as Java");
        continue;
      }
      Map<String, String> now = signatures(after.get());
      signatures(before.get()).forEach((key, signature) -> {
        String changed = now.get(key);
        if (changed == null) {
          violations.add("it removes or renames " + signature + " in " + edit.path() + ", which its callers rely on");
        } else if (!changed.equals(signature)) {
          violations.add("it changes " + signature + " to " + changed + " in " + edit.path()
              + ", which moves work or risk to its callers");
        }
      });
    }
    return violations;
  }

  /** Returns each callable's full signature (with return type and throws) by its name and position. */
  private static Map<String, String> signatures(JavaUnit unit) {
    Map<String, String> signatures = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CallableDeclaration<?> callable : unit.unit().findAll(CallableDeclaration.class)) {
      String name = callable.getNameAsString();
      int index = seen.merge(name, 1, Integer::sum);
      signatures.put(name + "#" + index, callable.getDeclarationAsString(false, true, false));
    }
    return signatures;
  }
}

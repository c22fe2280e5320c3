package dev.vigil.engine.fix;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A patch widens no permission: it adds no code that opens files, reflection, endpoints or a
 * workflow's token to more than before, and makes no existing member more visible.
 */
final class WidensNoPermission implements PatchRule {
  private static final List<Pattern> WIDENING = List.of(
      Pattern.compile("setAccessible\\s*\\(\\s*true"),
      Pattern.compile("set(Readable|Writable|Executable)\\s*\\(\\s*true\\s*,\\s*false"),
      Pattern.compile("OTHERS_(WRITE|READ|EXECUTE)|GROUP_WRITE|rwxrwxrwx|rw-rw-rw-|chmod\\s+[0-7]*[2367][0-7]?\\b"),
      Pattern.compile("permitAll\\s*\\(|@PermitAll|\\.disable\\s*\\(\\s*\\)"),
      Pattern.compile("^\\s*permissions\\s*:\\s*write-all|^\\s*[a-z-]+\\s*:\\s*write\\s*$"),
      Pattern.compile("doPrivileged\\s*\\(|AllPermission"));

  @Override
  public List<String> violations(Finding finding, RemediationPatch patch) {
    List<String> violations = new ArrayList<>();
    for (FileEdit edit : patch.edits()) {
      for (String line : ChangedLines.of(edit).added()) {
        for (Pattern widening : WIDENING) {
          if (widening.matcher(line).find()) {
            violations.add("it adds '" + line.strip() + "' to " + edit.path() + ", which widens a permission");
          }
        }
      }
      if (edit.path().endsWith(".java")) violations.addAll(widerMembers(edit));
    }
    return violations;
  }

  private static List<String> widerMembers(FileEdit edit) {
    var before = JavaUnit.parse(edit.path(), edit.before());
    var after = JavaUnit.parse(edit.path(), edit.after());
    if (before.isEmpty() || after.isEmpty()) return List.of();
    Map<String, Integer> was = visibility(before.get());
    List<String> violations = new ArrayList<>();
    visibility(after.get()).forEach((member, level) -> {
      Integer old = was.get(member);
      if (old != null && level > old) violations.add("it makes " + member + " in " + edit.path() + " more visible");
    });
    return violations;
  }

  private static Map<String, Integer> visibility(JavaUnit unit) {
    Map<String, Integer> levels = new HashMap<>();
    for (CallableDeclaration<?> callable : unit.unit().findAll(CallableDeclaration.class)) {
      levels.put(callable.getDeclarationAsString(false, false, false), level(callable));
    }
    for (FieldDeclaration field : unit.unit().findAll(FieldDeclaration.class)) {
      field.getVariables().forEach(v -> levels.put("field " + v.getNameAsString(), level(field)));
    }
    return levels;
  }

  private static int level(NodeWithModifiers<?> member) {
    if (member.hasModifier(Modifier.Keyword.PUBLIC)) return 3;
    if (member.hasModifier(Modifier.Keyword.PROTECTED)) return 2;
    if (member.hasModifier(Modifier.Keyword.PRIVATE)) return 0;
    return 1;
  }
}

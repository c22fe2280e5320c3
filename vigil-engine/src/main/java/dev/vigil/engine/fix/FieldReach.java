package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of its own class a member reads, directly or through the initializers of those fields
 * (a lambda field that reads a {@code Random} field): part of the member's code for a fix.
 */
final class FieldReach {
  private FieldReach() {}

  /** Returns the fields of the class around {@code member} that it reaches, in discovery order. */
  static List<FieldDeclaration> of(Node member) {
    TypeDeclaration<?> type = member.findAncestor(TypeDeclaration.class).orElse(null);
    if (type == null) return List.of();
    Set<FieldDeclaration> reached = new LinkedHashSet<>();
    List<Node> pending = new ArrayList<>(List.of(member));
    while (!pending.isEmpty()) {
      Node next = pending.remove(pending.size() - 1);
      Set<String> names = new LinkedHashSet<>();
      next.findAll(NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
      next.findAll(FieldAccessExpr.class, f -> f.getScope() instanceof ThisExpr)
          .forEach(f -> names.add(f.getNameAsString()));
      for (String name : names) {
        type.getFieldByName(name).filter(reached::add).ifPresent(pending::add);
      }
    }
    return List.copyOf(reached);
  }
}

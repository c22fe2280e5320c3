package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import java.util.List;

/** A parsed Java file of the repository: its path, text, syntax tree, package and imports. */
record JavaFile(String path, String text, CompilationUnit unit, String packageName,
    List<String> imports) {

  static JavaFile of(String path, String text, CompilationUnit unit) {
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> imports = unit.getImports().stream().map(JavaFile::importText).toList();
    return new JavaFile(path, text, unit, pkg, imports);
  }

  private static String importText(ImportDeclaration declaration) {
    return (declaration.isStatic() ? "static " : "") + declaration.getNameAsString()
        + (declaration.isAsterisk() ? ".*" : "");
  }

  /** Returns true if an import starts with any of {@code prefixes} (static imports included). */
  boolean imports(String... prefixes) {
    for (String imported : imports) {
      String name = imported.startsWith("static ") ? imported.substring(7) : imported;
      for (String prefix : prefixes) {
        if (name.startsWith(prefix)) return true;
      }
    }
    return false;
  }

  /** Returns the first line of {@code node}, or 1 when unknown. */
  static int line(Node node) {
    return node.getBegin().map(p -> p.line).orElse(1);
  }

  /** Returns the last line of {@code node}, or its first line when unknown. */
  static int endLine(Node node) {
    return node.getEnd().map(p -> p.line).orElse(line(node));
  }
}

package dev.vigil.engine.validation.harness;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the method a harness should call for a taint finding, from its evidence in the checked-out
 * tree: the first evidence step's method that is a request handler (a servlet's {@code doGet}...,
 * a method annotated as a Spring or JAX-RS handler), else the method holding the source. Reads and
 * parses the source file only; a method it cannot name gives the reason instead.
 */
final class EntryPoints {
  private static final Set<String> SERVLET_METHODS = Set.of("doGet", "doPost", "doPut", "doDelete",
      "doHead", "doOptions", "doPatch", "service");
  private static final Set<String> HANDLER_ANNOTATIONS = Set.of("RequestMapping", "GetMapping", "PostMapping",
      "PutMapping", "DeleteMapping", "PatchMapping", "GET", "POST", "PUT", "DELETE", "PATCH", "Path");

  private EntryPoints() {}

  /** A located entry point, or why there is none. */
  record Located(Optional<EntryPoint> entry, String problem) {}

  /** Locates the entry point of {@code finding} in the tree at {@code root}. */
  static Located locate(Path root, Finding finding) {
    List<MethodDeclaration> methods = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (EvidenceStep step : finding.evidence()) {
      String path = step.location().path();
      if (!path.endsWith(".java")) continue;
      Optional<MethodDeclaration> method = parse(root, path).flatMap(unit -> enclosing(unit, step.location().line()));
      if (method.isPresent()) {
        methods.add(method.get());
        paths.add(path);
      }
    }
    if (methods.isEmpty()) {
      return new Located(Optional.empty(), "no evidence step of the finding lies in a Java method");
    }
    int chosen = 0;
    for (int i = 0; i < methods.size(); i++) {
      if (handler(methods.get(i))) {
        chosen = i;
        break;
      }
    }
    MethodDeclaration method = methods.get(chosen);
    Optional<String> type = binaryName(method);
    if (type.isEmpty()) {
      return new Located(Optional.empty(), method.getNameAsString() + " is in an anonymous or local class");
    }
    List<String> parameters = method.getParameters().stream().map(EntryPoints::simpleName).toList();
    return new Located(Optional.of(new EntryPoint(type.get(), method.getNameAsString(), parameters, paths.get(chosen),
        method.getBegin().map(p -> p.line).orElse(0))), "");
  }

  private static Optional<CompilationUnit> parse(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) return Optional.empty();
    try {
      ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(Files.readString(file));
      return result.getResult();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<MethodDeclaration> enclosing(CompilationUnit unit, int line) {
    return unit.findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getBegin().isPresent() && m.getEnd().isPresent()
            && m.getBegin().get().line <= line && line <= m.getEnd().get().line)
        // The innermost method holds the line (a method of a nested class inside another's body).
        .reduce((outer, inner) -> inner.getBegin().get().line >= outer.getBegin().get().line ? inner : outer);
  }

  private static boolean handler(MethodDeclaration method) {
    if (method.getAnnotations().stream().anyMatch(a -> HANDLER_ANNOTATIONS.contains(a.getName().getIdentifier()))) {
      return true;
    }
    if (!SERVLET_METHODS.contains(method.getNameAsString()) || method.getParameters().size() != 2) return false;
    return method.getParameter(0).getType().asString().endsWith("Request");
  }

  /** Returns the binary name of the method's class: package, then outer classes joined by '$'. */
  private static Optional<String> binaryName(MethodDeclaration method) {
    List<String> names = new ArrayList<>();
    Node node = method.getParentNode().orElse(null);
    while (node != null && !(node instanceof CompilationUnit)) {
      if (node instanceof TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration c && c.isLocalClassDeclaration()) return Optional.empty();
        names.add(0, type.getNameAsString());
      } else if (node instanceof ObjectCreationExpr) {
        return Optional.empty();
      }
      node = node.getParentNode().orElse(null);
    }
    if (names.isEmpty()) return Optional.empty();
    String pkg = node instanceof CompilationUnit unit
        ? unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("") : "";
    return Optional.of(pkg + String.join("$", names));
  }

  private static String simpleName(Parameter parameter) {
    Type type = parameter.getType();
    String name = erased(type);
    return parameter.isVarArgs() ? name + "[]" : name;
  }

  private static String erased(Type type) {
    if (type.isArrayType()) return erased(type.asArrayType().getComponentType()) + "[]";
    if (type instanceof ClassOrInterfaceType c) return c.getNameAsString();
    return type.asString();
  }
}

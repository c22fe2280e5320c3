package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a project serves HTTP: one of its classes is a servlet or servlet filter, a Spring
 * controller, a JAX-RS resource or has request-mapping methods. In such a repository a {@code
 * main} method is a tool its operator runs on the server (a re-index, a password reset, a
 * migration), so its command-line arguments are not an attacker's input.
 */
final class HttpEntryPoints {
  private static final List<String> SERVLET_TYPES = List.of("javax.servlet.http.HttpServlet",
      "jakarta.servlet.http.HttpServlet", "javax.servlet.Filter", "jakarta.servlet.Filter");
  private static final Set<String> CLASS_ANNOTATIONS = Set.of("Controller", "RestController", "Path");
  private static final Set<String> METHOD_ANNOTATIONS = Set.of("RequestMapping", "GetMapping",
      "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping");

  private HttpEntryPoints() {}

  /** Returns true if one of the project's classes handles HTTP requests. */
  static boolean served(ProjectIndex index) {
    TypeHierarchy hierarchy = index.hierarchy();
    for (ClassInfo c : index.classes()) {
      TypeDeclaration<?> type = c.declaration();
      if (SERVLET_TYPES.stream().anyMatch(s -> hierarchy.isSubtype(c.qualifiedName(), s, true))) return true;
      if (type.getAnnotations().stream().anyMatch(a -> CLASS_ANNOTATIONS.contains(a.getName().getIdentifier()))) {
        return true;
      }
      if (type.getMethods().stream().anyMatch(m -> m.getAnnotations().stream()
          .anyMatch(a -> METHOD_ANNOTATIONS.contains(a.getName().getIdentifier())))) {
        return true;
      }
    }
    return false;
  }
}

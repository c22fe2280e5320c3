package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a repository is a library: code other programs call, so whatever its public API
 * is handed comes from a caller it does not know. A tree is a library when it has main Java code
 * and none of it is an entry point of an application of its own: no web handler (a servlet, a
 * Spring, JAX-RS or Jakarta web annotation, a WebSocket endpoint, a Spring Boot application) and
 * no Jenkins extension. A library's main methods (demos, tools) and the sample applications it
 * ships beside its code (modules in folders named {@code sample(s)}, {@code example(s)} or {@code demo(s)}) do
 * not make it an application.
 */
final class LibraryRepository {
  /** Annotations on a type that make it an application's entry point. */
  private static final Set<String> APPLICATION_ANNOTATIONS = Set.of("Controller", "RestController",
      "ControllerAdvice", "SpringBootApplication", "Path", "WebServlet", "WebFilter", "WebListener",
      "ServerEndpoint", "Extension");
  /** Supertypes that make a class a web handler or a Jenkins plugin. */
  private static final Set<String> APPLICATION_SUPERTYPES = Set.of("HttpServlet", "GenericServlet",
      "Plugin", "AbstractDescribableImpl");

  /** A sample folder above the source root ({@code samples/web/src/main/java/...}), not a package. */
  private static final Pattern SAMPLE_FOLDER = Pattern.compile("(^|.*/)(samples?|examples?|demos?)/(.*/)?src/.*");

  private LibraryRepository() {}

  /** Returns true if {@code sources}, the main code of a tree, make a library. */
  static boolean of(Collection<JavaSource> sources) {
    if (sources.isEmpty()) return false;
    for (JavaSource source : sources) {
      if (SAMPLE_FOLDER.matcher(source.path()).matches()) continue;
      for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
        if (applicationEntry(type)) return false;
      }
    }
    return true;
  }

  private static boolean applicationEntry(TypeDeclaration<?> type) {
    for (AnnotationExpr a : type.getAnnotations()) {
      if (APPLICATION_ANNOTATIONS.contains(a.getName().getIdentifier())) return true;
    }
    if (!(type instanceof ClassOrInterfaceDeclaration c)) return false;
    for (ClassOrInterfaceType supertype : c.getExtendedTypes()) {
      if (APPLICATION_SUPERTYPES.contains(supertype.getNameAsString())) return true;
    }
    return false;
  }
}

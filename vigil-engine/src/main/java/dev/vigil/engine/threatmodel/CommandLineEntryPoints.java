package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds command-line entry points: picocli {@code @Command} classes (named with their options and
 * parameters) and plain {@code main} methods that are not a framework's launcher (Spring Boot,
 * Micronaut, Quarkus, Javalin, Spark, picocli's own {@code new CommandLine}).
 */
final class CommandLineEntryPoints {
  private static final Pattern LAUNCHER = Pattern.compile(
      "SpringApplication|Micronaut\\.run|Quarkus\\.run|Javalin\\.create|new\\s+CommandLine\\s*\\("
          + "|Spark\\.|\\bport\\s*\\(|HttpServer\\.create|new\\s+Server\\s*\\(|Tomcat");

  private final JavaCode code;

  CommandLineEntryPoints(JavaCode code) {
    this.code = code;
  }

  /** Returns picocli commands and plain mains; launcher mains are left to {@link #launchers()}. */
  List<EntryPoint> find() {
    List<EntryPoint> found = new ArrayList<>();
    for (JavaCode.TypeInfo type : code.types().values()) {
      Optional<AnnotationExpr> command = Annotations.find(type.declaration(), "Command");
      if (command.isPresent() && type.file().imports("picocli")) {
        found.add(picocli(type, command.get()));
        continue;
      }
      mainOf(type).filter(main -> !LAUNCHER.matcher(main.toString()).find()).ifPresent(main ->
          found.add(new EntryPoint(EntryPointKind.CLI_ARGUMENTS,
              "main " + type.qualifiedName(), type.file().path(), JavaFile.line(main),
              CallGraphBuilder.idOf(type.qualifiedName(), main).label())));
    }
    return found;
  }

  /** Returns the files with a {@code main} that starts a framework (evidence, not entry points). */
  List<String> launchers() {
    List<String> paths = new ArrayList<>();
    for (JavaCode.TypeInfo type : code.types().values()) {
      mainOf(type).filter(main -> LAUNCHER.matcher(main.toString()).find())
          .ifPresent(main -> paths.add(type.file().path()));
    }
    return paths;
  }

  private EntryPoint picocli(JavaCode.TypeInfo type, AnnotationExpr command) {
    String name = Annotations.value(command, type.declaration().getNameAsString(), "name");
    List<String> arguments = new ArrayList<>();
    for (FieldDeclaration field : type.declaration().getFields()) {
      Annotations.find(field, "Option").ifPresent(option -> arguments.add(
          Annotations.value(option, field.getVariable(0).getNameAsString(), "names")));
      Annotations.find(field, "Parameters").ifPresent(parameters -> arguments.add(
          "<" + Annotations.value(parameters, field.getVariable(0).getNameAsString(), "paramLabel")
              + ">"));
    }
    Optional<MethodDeclaration> handler = type.declaration().getMethods().stream()
        .filter(m -> (m.getNameAsString().equals("run") || m.getNameAsString().equals("call"))
            && m.getParameters().isEmpty())
        .findFirst();
    return new EntryPoint(EntryPointKind.CLI_ARGUMENTS,
        (name + " " + String.join(" ", arguments)).strip(), type.file().path(),
        JavaFile.line(type.declaration()),
        handler.map(m -> CallGraphBuilder.idOf(type.qualifiedName(), m).label()).orElse(""));
  }

  private static Optional<MethodDeclaration> mainOf(JavaCode.TypeInfo type) {
    return type.declaration().getMethodsByName("main").stream()
        .filter(m -> m.isStatic() && m.getParameters().size() == 1
            && m.getParameter(0).getTypeAsString().startsWith("String"))
        .findFirst();
  }
}

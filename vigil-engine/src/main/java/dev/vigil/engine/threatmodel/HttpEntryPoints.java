package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds HTTP entry points: Spring and Micronaut mappings with class-level prefixes, JAX-RS
 * resources with class {@code @Path}, servlets mapped by {@code @WebServlet} or {@code web.xml},
 * Javalin or Spark routes (with {@code path(...)} prefixes), and Javalin route tables (an HTTP
 * method, a path literal and a handler among the arguments of one call). A handler that takes a file
 * ({@code MultipartFile}, {@code Part}...) is a file upload; one whose route or name says webhook
 * or callback is a webhook.
 */
final class HttpEntryPoints {
  private static final Set<String> SPRING_VERBS = Set.of(
      "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping");
  private static final Set<String> JAXRS_VERBS = Set.of(
      "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  private static final Set<String> MICRONAUT_VERBS = Set.of(
      "Get", "Post", "Put", "Delete", "Patch", "Head", "Options");
  private static final Set<String> ROUTE_CALLS = Set.of(
      "get", "post", "put", "delete", "patch", "head", "options", "ws");
  private static final Set<String> SERVLET_METHODS = Set.of(
      "doGet", "doPost", "doPut", "doDelete", "doPatch", "service");
  private static final Pattern UPLOAD_TYPE = Pattern.compile(
      "\\b(MultipartFile|Part|FilePart|CompletedFileUpload|StreamingFileUpload|FileUpload|"
          + "FormDataBodyPart|InputPart|UploadedFile)\\b");
  private static final Pattern UPLOAD_CALL = Pattern.compile(
      "\\.(getPart|getParts|uploadedFile|uploadedFiles|getFileItem|parseRequest)\\(");

  private final JavaCode code;
  private final List<EntryPoint> found = new ArrayList<>();

  HttpEntryPoints(JavaCode code) {
    this.code = code;
  }

  /** Returns the HTTP entry points of the code and of the {@code web.xml} mappings. */
  List<EntryPoint> find(List<WebXml.Mapping> webXml) {
    for (JavaCode.TypeInfo type : code.types().values()) {
      annotated(type);
      servlet(type, webXml);
    }
    for (JavaFile file : code.files()) {
      if (file.imports("io.javalin", "spark.")) routeCalls(file);
      if (file.imports("io.javalin")) routeTables(file);
    }
    return List.copyOf(found);
  }

  private void annotated(JavaCode.TypeInfo type) {
    TypeDeclaration<?> declaration = type.declaration();
    boolean micronaut = type.file().imports("io.micronaut");
    List<String> prefixes = Annotations.find(declaration, "RequestMapping", "Path")
        .map(a -> Annotations.values(code, a, "value", "path")).orElse(List.of());
    if (micronaut) {
      prefixes = Annotations.find(declaration, "Controller")
          .map(a -> Annotations.values(code, a, "value", "uri")).orElse(List.of());
    }
    for (MethodDeclaration method : declaration.getMethods()) {
      for (AnnotationExpr annotation : method.getAnnotations()) {
        String name = annotation.getName().getIdentifier();
        List<String> verbs;
        List<String> paths;
        if (SPRING_VERBS.contains(name)) {
          verbs = List.of(Routes.verb(name));
          paths = Annotations.values(code, annotation, "value", "path");
        } else if (name.equals("RequestMapping")) {
          verbs = Annotations.values(code, annotation, "method").stream().map(Routes::verb).toList();
          verbs = verbs.isEmpty() ? List.of("ANY") : verbs;
          paths = Annotations.values(code, annotation, "value", "path");
        } else if (JAXRS_VERBS.contains(name) && type.file().imports("javax.ws.rs", "jakarta.ws.rs")) {
          verbs = List.of(name);
          paths = Annotations.find(method, "Path").map(a -> Annotations.values(code, a, "value"))
              .orElse(List.of());
        } else if (micronaut && MICRONAUT_VERBS.contains(name)) {
          verbs = List.of(Routes.verb(name));
          paths = Annotations.values(code, annotation, "value", "uri");
        } else {
          continue;
        }
        for (String verb : verbs) {
          for (String route : Routes.join(prefixes, paths)) {
            add(type, method, verb + " " + route, JavaFile.line(method));
          }
        }
      }
    }
  }

  private void servlet(JavaCode.TypeInfo type, List<WebXml.Mapping> webXml) {
    if (!isServlet(type.qualifiedName())) return;
    List<String> patterns = new ArrayList<>(Annotations.find(type.declaration(), "WebServlet")
        .map(a -> Annotations.values(code, a, "value", "urlPatterns")).orElse(List.of()));
    webXml.stream().filter(m -> m.servletClass().equals(type.qualifiedName()))
        .forEach(m -> patterns.add(m.urlPattern()));
    for (MethodDeclaration method : type.declaration().getMethods()) {
      if (!SERVLET_METHODS.contains(method.getNameAsString())) continue;
      String verb = method.getNameAsString().equals("service") ? "ANY"
          : Routes.verb(method.getNameAsString().substring(2));
      for (String pattern : patterns) {
        add(type, method, verb + " " + Routes.join("", pattern), JavaFile.line(method));
      }
    }
  }

  private boolean isServlet(String qualifiedName) {
    for (String name : code.selfAndSupertypes(qualifiedName)) {
      Optional<JavaCode.TypeInfo> type = code.type(name);
      if (type.isEmpty()) continue;
      var declaration = type.get().declaration();
      if (declaration instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
          && c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().endsWith("HttpServlet"))) {
        return true;
      }
    }
    return false;
  }

  private void routeCalls(JavaFile file) {
    for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
      if (!ROUTE_CALLS.contains(call.getNameAsString()) || call.getArguments().size() < 2) continue;
      if (!(call.getArgument(0) instanceof StringLiteralExpr literal)) continue;
      if (!literal.getValue().startsWith("/")) continue;
      List<String> prefixes = new ArrayList<>();
      for (Node parent = call.getParentNode().orElse(null); parent != null;
          parent = parent.getParentNode().orElse(null)) {
        if (parent instanceof MethodCallExpr outer && outer.getNameAsString().equals("path")
            && !outer.getArguments().isEmpty() && outer.getArgument(0) instanceof StringLiteralExpr p) {
          prefixes.add(0, p.getValue());
        }
      }
      String route = Routes.join(String.join("/", prefixes), literal.getValue());
      String verb = Routes.verb(call.getNameAsString());
      Expression handler = call.getArgument(call.getArguments().size() - 1);
      Optional<MethodId> target = reference(handler);
      Optional<CallableDeclaration<?>> enclosing = call.findAncestor(CallableDeclaration.class)
          .map(c -> (CallableDeclaration<?>) c);
      Optional<MethodId> handlerId = target.or(() -> enclosing.flatMap(c ->
          code.enclosingType(c).map(t -> CallGraphBuilder.idOf(t, c))));
      boolean upload = UPLOAD_CALL.matcher(handler.toString()).find()
          || target.flatMap(this::body).map(b -> UPLOAD_CALL.matcher(b).find()).orElse(false);
      String handlerName = handlerId.map(MethodId::shortName).orElse("");
      found.add(new EntryPoint(Routes.kind(route, handlerName, upload), verb + " " + route,
          file.path(), JavaFile.line(call), handlerId.map(MethodId::label).orElse("")));
    }
  }

  /**
   * Finds routes written as data in files that use Javalin: a call or constructor whose arguments
   * are an HTTP method ({@code GET}, {@code HandlerType.POST}), a path literal and a handler, as in
   * {@code addHttpHandler(HandlerType.GET, "/x", h)} or {@code new Route(GET, "/x", ..., a::b)}.
   */
  private void routeTables(JavaFile file) {
    List<NodeWithArguments<?>> calls = new ArrayList<>();
    calls.addAll(file.unit().findAll(MethodCallExpr.class));
    calls.addAll(file.unit().findAll(ObjectCreationExpr.class));
    for (var call : calls) {
      var arguments = call.getArguments();
      for (int i = 0; i + 1 < arguments.size(); i++) {
        String verb = arguments.get(i) instanceof NameExpr n ? n.getNameAsString()
            : arguments.get(i) instanceof FieldAccessExpr f ? f.getNameAsString()
            : "";
        if (!JAXRS_VERBS.contains(verb) || !(arguments.get(i + 1) instanceof StringLiteralExpr path)
            || !path.getValue().startsWith("/")) {
          continue;
        }
        Optional<MethodId> target = arguments.subList(i + 2, arguments.size()).stream()
            .flatMap(a -> a.findAll(MethodReferenceExpr.class).stream())
            .map(this::reference).flatMap(Optional::stream).findFirst();
        Node node = (Node) call;
        Optional<MethodId> handlerId = target.or(() -> node.findAncestor(CallableDeclaration.class)
            .flatMap(c -> code.enclosingType(c).map(t -> CallGraphBuilder.idOf(t, c))));
        boolean upload = target.flatMap(this::body).map(b -> UPLOAD_CALL.matcher(b).find()).orElse(false);
        String route = Routes.join("", path.getValue());
        found.add(new EntryPoint(Routes.kind(route, handlerId.map(MethodId::shortName).orElse(""), upload),
            verb + " " + route, file.path(), JavaFile.line(node), handlerId.map(MethodId::label).orElse("")));
      }
    }
  }

  private Optional<MethodId> reference(Expression handler) {
    if (!(handler instanceof MethodReferenceExpr reference)) return Optional.empty();
    Expression scope = reference.getScope();
    String written = scope instanceof TypeExpr t ? t.getType().asString() : scope.toString();
    // JavaParser reads the scope of variable::method as a type; a variable's declared type wins.
    String typeName = reference.findAncestor(CallableDeclaration.class)
        .map(c -> CallGraphBuilder.variableTypes((CallableDeclaration<?>) c).get(written))
        .orElse(written);
    return code.resolve(typeName, reference).flatMap(type -> code.type(type)).flatMap(type ->
        type.declaration().getMethodsByName(reference.getIdentifier()).stream().findFirst()
            .map(m -> CallGraphBuilder.idOf(type.qualifiedName(), m)));
  }

  private Optional<String> body(MethodId method) {
    return code.type(method.type()).flatMap(type -> type.declaration()
        .getMethodsByName(method.name()).stream().findFirst().map(Node::toString));
  }

  private void add(JavaCode.TypeInfo type, MethodDeclaration method, String name, int line) {
    boolean upload = method.getParameters().stream().map(Parameter::getTypeAsString)
        .anyMatch(t -> UPLOAD_TYPE.matcher(t).find())
        || method.getParameters().stream().anyMatch(p -> Annotations.has(p, "FormDataParam"))
        || method.getBody().map(b -> UPLOAD_CALL.matcher(b.toString()).find()).orElse(false);
    MethodId id = CallGraphBuilder.idOf(type.qualifiedName(), method);
    String route = name.substring(name.indexOf(' ') + 1);
    found.add(new EntryPoint(Routes.kind(route, id.shortName(), upload), name,
        type.file().path(), line, id.label()));
  }
}

package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.vigil.engine.analysis.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reflected XSS: each value written into the response is encoded for its place in the HTML, read from
 * the literal text before it: inside a quoted attribute, inside a script, or in the body; a handler's
 * returned body (Spring {@code @ResponseBody}, JAX-RS) is encoded the same way unless the handler
 * produces JSON, script, XML or plain text, which an HTML encoder does not make safe. The encoder
 * is one the build already has (OWASP Java Encoder, else Commons Text); without one, the OWASP Java
 * Encoder is added to the pom next to the other dependencies. Output that is not HTML text (a
 * template, a JSON body) is refused.
 */
final class XssFix extends JavaFix {
  private static final Set<String> WRITES = Set.of("print", "println", "write", "append", "format", "printf");
  private static final Pattern IN_ATTRIBUTE = Pattern.compile("=\\s*[\"'][^\"'<>]*$");
  private static final Pattern IN_SCRIPT = Pattern.compile("(?is)<script[^>]*>(?!.*</script>).*$");
  private static final Pattern NOT_HTML = Pattern.compile("(?i)produces\\s*=.*(json|javascript|xml|text/plain|TEXT_PLAIN)");
  private static final String OWASP = "org.owasp.encoder.Encode";
  private static final String COMMONS = "org.apache.commons.text.StringEscapeUtils";

  XssFix() {
    super("java.xss");
  }

  @Override
  String fix(Edit edit) {
    Node call = written(edit);
    BuildFile build = BuildFile.of(edit);
    boolean owasp = build.has("org.owasp.encoder") || !build.has("org.apache.commons.text");
    List<String> encoded = new ArrayList<>();
    for (Expression argument : values(call)) {
      List<Expression> parts = new ArrayList<>();
      CommandInjectionFix.flatten(argument, parts);
      StringBuilder before = new StringBuilder();
      for (Expression part : parts) {
        if (part instanceof StringLiteralExpr literal) {
          before.append(literal.asString());
          continue;
        }
        if (part instanceof MethodCallExpr m && m.getNameAsString().matches("for\\w+|escape\\w+")) continue;
        if (holdsMarkup(part, call)) {
          throw new NoSafeFix("the value written, " + part + ", holds HTML built before the call: encoding it whole would "
              + "show the page's own markup as text, so each input must be encoded where it is added");
        }
        String method = method(before, owasp);
        String encoder = edit.unit().addImport(owasp ? OWASP : COMMONS) ? (owasp ? "Encode" : "StringEscapeUtils")
            : (owasp ? OWASP : COMMONS);
        Expression value = stringTyped(part, call) ? part.clone()
            : new MethodCallExpr(new NameExpr("String"), "valueOf", new NodeList<>(part.clone()));
        part.replace(new MethodCallExpr(new NameExpr(encoder), method, new NodeList<>(value)));
        encoded.add(part + " (" + method + ")");
      }
    }
    if (encoded.isEmpty()) throw new NoSafeFix("every value written at the sink is encoded already");
    if (owasp && !build.has("org.owasp.encoder")) {
      build.addDependency("org.owasp.encoder", "encoder", "1.3.1");
      edit.note("The OWASP Java Encoder (org.owasp.encoder:encoder:1.3.1) is added to " + build.path() + ".");
    }
    return "Encodes " + String.join(", ", encoded) + " for its place in the HTML before writing it, so the value "
        + "is shown as text and cannot add markup or script.";
  }

  /** Returns the sink: the write call at the finding, else the handler's return statement whose value is the body. */
  private static Node written(Edit edit) {
    Location at = edit.finding.location();
    Optional<Node> write = edit.callAt(at.path(), at.line(), at.column(), WRITES)
        .filter(c -> c instanceof MethodCallExpr m && !m.getArguments().isEmpty());
    if (write.isPresent()) return write.get();
    ReturnStmt returned = edit.unit().covering(ReturnStmt.class, at.line()).stream().findFirst()
        .filter(r -> r.getExpression().isPresent())
        .orElseThrow(() -> new NoSafeFix("the XSS sink is not a print or write of text to the response, nor a "
            + "returned response body"));
    String mapping = returned.findAncestor(MethodDeclaration.class).map(m -> m.getAnnotations().toString()).orElse("");
    if (NOT_HTML.matcher(mapping).find()) {
      throw new NoSafeFix("the handler's response is not HTML (" + mapping + "): an HTML encoder does not make "
          + "script, JSON or XML output safe; the value needs a check for its own syntax");
    }
    return returned;
  }

  /** Returns the values the sink writes: a write call's arguments (after a format string), or the returned value. */
  private static List<Expression> values(Node sink) {
    if (sink instanceof ReturnStmt returned) return List.of(returned.getExpression().orElseThrow());
    MethodCallExpr call = (MethodCallExpr) sink;
    int first = call.getNameAsString().equals("format") || call.getNameAsString().equals("printf") ? 1 : 0;
    return List.copyOf(call.getArguments().subList(first, call.getArguments().size()));
  }

  private static String method(CharSequence before, boolean owasp) {
    if (IN_SCRIPT.matcher(before).find()) return owasp ? "forJavaScript" : "escapeEcmaScript";
    if (IN_ATTRIBUTE.matcher(before).find()) return owasp ? "forHtmlAttribute" : "escapeHtml4";
    return owasp ? "forHtml" : "escapeHtml4";
  }

  /** Returns true if {@code part} is a document built elsewhere: a builder's text, or a local assembled with markup. */
  private static boolean holdsMarkup(Expression part, Node use) {
    if (part instanceof MethodCallExpr m) return Set.of("toString", "build", "render", "html").contains(m.getNameAsString());
    if (!(part instanceof NameExpr name)) return false;
    return JavaUnit.enclosingMember(use).map(member -> member.findAll(StringLiteralExpr.class,
        l -> l.getValue().contains("<") && l.findAncestor(com.github.javaparser.ast.body.VariableDeclarator.class)
            .map(v -> v.getNameAsString().equals(name.getNameAsString())).orElse(false)
            || l.getValue().contains("<") && l.findAncestor(com.github.javaparser.ast.expr.AssignExpr.class)
            .map(a -> a.getTarget().toString().equals(name.getNameAsString())).orElse(false)).size() > 0).orElse(false);
  }

  private static boolean stringTyped(Expression part, Node use) {
    if (part instanceof NameExpr name) return Declarations.typeOf(use, name.getNameAsString()).map("String"::equals).orElse(false);
    return part instanceof MethodCallExpr m && Set.of("getParameter", "getHeader", "getQueryString", "getValue",
        "toString", "trim", "getPathInfo", "getRequestURI").contains(m.getNameAsString());
  }
}

package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Set;

/**
 * A cookie without Secure (or HttpOnly) gets the flag the finding is about, and only that one
 * (HttpOnly on a cookie scripts must read would break the page): an existing
 * {@code setSecure(false)} becomes {@code setSecure(true)}; otherwise the call is added just before
 * the cookie is added to the response. Spring's {@code ResponseCookie} builder gets
 * {@code .secure(true)}, and a {@code Set-Cookie} header written by hand gets {@code ; Secure}.
 */
final class CookieFlagFix extends JavaFix {
  private static final Set<String> SINKS = Set.of("addCookie", "setHeader", "addHeader", "from");

  CookieFlagFix() {
    super("java.cookie-missing-secure", "java.cookie-missing-httponly");
  }

  @Override
  String fix(Edit edit) {
    boolean secure = edit.finding.ruleId().endsWith("secure");
    String setter = secure ? "setSecure" : "setHttpOnly";
    String builder = secure ? "secure" : "httpOnly";
    String attribute = secure ? "Secure" : "HttpOnly";
    Node member = JavaUnit.enclosingMember(edit.callAt(SINKS)).orElseThrow();
    for (MethodCallExpr chain : member.findAll(MethodCallExpr.class, m -> m.getNameAsString().equals("build")
        && m.toString().contains("ResponseCookie"))) {
      return responseCookie(chain, builder);
    }
    MethodCallExpr sink = (MethodCallExpr) edit.callAt(Set.of("addCookie", "setHeader", "addHeader"));
    if (!sink.getNameAsString().equals("addCookie")) return header(sink, attribute);
    Expression cookie = sink.getArgument(0);
    Statement anchor = JavaUnit.enclosingBlockStatement(sink)
        .orElseThrow(() -> new NoSafeFix("the cookie is added where no statement can precede it"));
    if (cookie instanceof ObjectCreationExpr creation) {
      String name = Declarations.freeName(member, "cookie");
      edit.unit().insertBefore(anchor, new ExpressionStmt(new com.github.javaparser.ast.expr.VariableDeclarationExpr(
          new com.github.javaparser.ast.body.VariableDeclarator(creation.getType().clone(), name, creation.clone()))));
      sink.setArgument(0, new NameExpr(name));
      cookie = new NameExpr(name);
    } else if (!(cookie instanceof NameExpr)) {
      throw new NoSafeFix("the cookie is made by " + cookie + ", outside this method, so the flag belongs where it "
          + "is made");
    }
    String name = cookie.toString();
    List<MethodCallExpr> existing = member.findAll(MethodCallExpr.class, m -> m.getNameAsString().equals(setter)
        && m.getScope().map(s -> s.toString().equals(name)).orElse(false));
    if (!existing.isEmpty()) {
      existing.forEach(call -> call.setArgument(0, new BooleanLiteralExpr(true)));
      return "Sets " + attribute + " on " + name + " unconditionally (it was " + existing.get(0) + ").";
    }
    edit.unit().insertBefore(anchor, new ExpressionStmt(new MethodCallExpr(new NameExpr(name), setter,
        new NodeList<>(new BooleanLiteralExpr(true)))));
    return "Sets the " + attribute + " flag on " + name + " before it is added to the response"
        + (secure ? ", so it is never sent over plain HTTP." : ", so scripts in the page cannot read it.");
  }

  private static String responseCookie(MethodCallExpr build, String flag) {
    for (Node node = build.getScope().orElse(null); node instanceof MethodCallExpr call;
        node = call.getScope().orElse(null)) {
      if (call.getNameAsString().equals(flag)) {
        call.setArgument(0, new BooleanLiteralExpr(true));
        return "Sets " + flag + "(true) on the ResponseCookie builder.";
      }
    }
    Expression scope = build.getScope().orElseThrow();
    build.setScope(new MethodCallExpr(scope.clone(), flag, new NodeList<>(new BooleanLiteralExpr(true))));
    return "Adds " + flag + "(true) to the ResponseCookie builder.";
  }

  private static String header(MethodCallExpr sink, String attribute) {
    if (sink.getArguments().size() != 2) throw new NoSafeFix("the Set-Cookie header call has an unknown form");
    Expression value = sink.getArgument(1);
    Expression last = value;
    while (last instanceof com.github.javaparser.ast.expr.BinaryExpr binary) last = binary.getRight();
    if (last instanceof StringLiteralExpr literal) {
      literal.setValue(literal.getValue() + "; " + attribute);
    } else {
      sink.setArgument(1, new com.github.javaparser.ast.expr.BinaryExpr(value.clone(), new StringLiteralExpr("; " + attribute),
          com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS));
    }
    return "Adds the " + attribute + " attribute to the Set-Cookie header.";
  }
}

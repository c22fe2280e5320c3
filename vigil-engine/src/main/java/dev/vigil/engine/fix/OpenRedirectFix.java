package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An open redirect accepts relative targets only: the target must start with one {@code /} (not
 * {@code //} or {@code /\}, which browsers read as another host), else the redirect goes to
 * {@code /}. The target is the redirect's argument, after Spring's {@code redirect:} prefix or a
 * Refresh header's {@code url=}; a target built around the value (a host from the input) is refused.
 */
final class OpenRedirectFix extends JavaFix {
  private static final Set<String> SINKS = Set.of("sendRedirect", "setHeader", "addHeader", "RedirectView",
      "ModelAndView", "seeOther", "temporaryRedirect", "location", "setLocation", "create", "setUrl");
  private static final Pattern PREFIX = Pattern.compile("redirect:|forward:|\\d+;\\s*url=");

  OpenRedirectFix() {
    super("java.open-redirect");
  }

  @Override
  String fix(Edit edit) {
    JavaUnit unit = edit.unit();
    Expression target = target(edit);
    if (target instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
        && binary.getLeft() instanceof StringLiteralExpr prefix) {
      if (!PREFIX.matcher(prefix.asString()).matches()) {
        throw new NoSafeFix("the redirect target is built around the value (after '" + prefix.asString()
            + "'), so the value picks the host: the hosts it may name are a person's decision");
      }
      target = binary.getRight();
    }
    Statement use = JavaUnit.enclosingBlockStatement(target)
        .orElseThrow(() -> new NoSafeFix("the redirect is made where no check can precede it"));
    String name;
    if (target instanceof NameExpr n) {
      name = n.getNameAsString();
    } else {
      name = Declarations.freeName(JavaUnit.enclosingMember(target).orElseThrow(), "target");
      unit.insertBefore(use, StaticJavaParser.parseStatement("String " + name + " = " + target + ";"));
      target.replace(new NameExpr(name));
    }
    unit.insertBefore(use, StaticJavaParser.parseStatement("if (" + name + " == null || !" + name
        + ".startsWith(\"/\") || " + name + ".startsWith(\"//\") || " + name + ".startsWith(\"/\\\\\")) {\n    "
        + name + " = \"/\";\n}"));
    return "Redirects only to a path on this site: a target that is not a relative path (one leading '/') "
        + "becomes '/', so the input cannot send users to another host.";
  }

  private static Expression target(Edit edit) {
    Node sink = null;
    try {
      sink = edit.callAt(SINKS);
    } catch (NoSafeFix none) {
      // Spring MVC: the redirect is a returned "redirect:" string, not a call.
    }
    if (sink == null) {
      return edit.unit().covering(BinaryExpr.class, edit.finding.location().line()).stream()
          .filter(b -> b.getLeft() instanceof StringLiteralExpr l && l.asString().startsWith("redirect:"))
          .map(b -> (Expression) b).findFirst()
          .orElseThrow(() -> new NoSafeFix("no redirect call or 'redirect:' string at the finding's line"));
    }
    List<Expression> args = sink instanceof MethodCallExpr call ? call.getArguments()
        : ((ObjectCreationExpr) sink).getArguments();
    if (args.isEmpty()) throw new NoSafeFix("the redirect's target is set elsewhere");
    Expression target = args.size() == 2 && sink instanceof MethodCallExpr m && m.getNameAsString().endsWith("Header")
        ? args.get(1) : args.get(0);
    if (target instanceof MethodCallExpr create && create.getNameAsString().equals("create")
        && create.getArguments().size() == 1) {
      target = create.getArgument(0);
    }
    if (target instanceof NameExpr n && Declarations.typeOf(target, n.getNameAsString()).map(t -> !t.equals("String"))
        .orElse(false)) {
      throw new NoSafeFix("the redirect target " + n + " is not a String, so its relative check is not a string check");
    }
    return target;
  }
}

package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds passwords and secrets written in code: a string literal given to a variable or field with
 * a secret's name, passed to a setter or builder method with one ({@code setPassword}), passed as
 * the password of a connection or credential call (rule data {@code passwordArguments}), or
 * compared with a variable with a secret's name ({@code password.equals("...")}), or stored under
 * a setting named like a secret ({@code props.put("mail.smtp.password", "...")}, data
 * {@code keyValueMethods}), or carried by a connection URL ({@code connectionUrls}:
 * {@code jdbc:...?password=...}), or written as the default of a Spring setting
 * ({@code @Value("${app.secret:...}")}).
 */
final class HardcodedCredentialCheck implements CryptoCheck {
  private static final Pattern SETTING_DEFAULT = Pattern.compile("\\$\\{([^:}]+):([^}]*)}");
  private static final Pattern URL_PASSWORD =
      Pattern.compile("[?&;:]password=([^&;]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    CredentialNames names = new CredentialNames(rule);
    List<CallSite> passwordArguments = CallSite.parseAll(rule.list("passwordArguments"));
    Set<String> keyValueMethods = Set.copyOf(rule.list("keyValueMethods"));
    List<CallSite> connectionUrls = CallSite.parseAll(rule.list("connectionUrls"));
    List<Hit> hits = new ArrayList<>();
    for (VariableDeclarator variable : file.all(VariableDeclarator.class)) {
      String name = variable.getNameAsString();
      variable.getInitializer().flatMap(HardcodedCredentialCheck::literal)
          .filter(value -> names.secretName(name) && names.secretValue(value, name))
          .ifPresent(value -> hits.add(hit(variable, name + " is set to a literal.", value)));
    }
    for (AssignExpr assign : file.all(AssignExpr.class)) {
      Optional<String> name = Scopes.variableName(assign.getTarget());
      if (name.isEmpty() || !names.secretName(name.get())) continue;
      literal(assign.getValue()).filter(value -> names.secretValue(value, name.get()))
          .ifPresent(value -> hits.add(hit(assign, name.get() + " is set to a literal.", value)));
    }
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      for (CallSite site : connectionUrls) {
        if (site.matches(call)) {
          site.argumentOf(call.getArguments()).flatMap(Constants::single)
              .flatMap(url -> urlPassword(url.text())).filter(value -> names.secretValue(value, "password"))
              .ifPresent(value -> hits.add(hit(call, "The connection URL carries a literal password.", value)));
        }
      }
      if (keyValueMethods.contains(call.getNameAsString()) && call.getArguments().size() == 2) {
        settingHit(call, names).ifPresent(hits::add);
      } else {
        callHit(call, names, passwordArguments).ifPresent(hits::add);
      }
    }
    for (SingleMemberAnnotationExpr annotation : file.all(SingleMemberAnnotationExpr.class)) {
      if (annotation.getName().getIdentifier().equals("Value")) {
        settingDefault(annotation, names).ifPresent(hits::add);
      }
    }
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      for (CallSite site : passwordArguments) {
        if (!site.matches(creation)) continue;
        site.argumentOf(creation.getArguments()).flatMap(HardcodedCredentialCheck::literalOrChars)
            .filter(value -> names.secretValue(value, "password"))
            .ifPresent(value -> hits.add(hit(creation,
                creation.getType().getNameAsString() + " gets a literal password.", value)));
      }
    }
    return hits;
  }

  private static Optional<Hit> callHit(MethodCallExpr call, CredentialNames names,
      List<CallSite> passwordArguments) {
    String method = call.getNameAsString();
    for (CallSite site : passwordArguments) {
      if (site.matches(call)) {
        return site.argumentOf(call.getArguments()).flatMap(a -> Constants.single(a))
            .map(Constants.Value::text).filter(value -> names.secretValue(value, "password"))
            .map(value -> hit(call, method + " gets a literal password.", value));
      }
    }
    if ((method.equals("equals") || method.equals("equalsIgnoreCase")) && call.getArguments().size() == 1
        && call.getScope().isPresent()) {
      Expression scope = call.getScope().get();
      Expression argument = call.getArgument(0);
      Optional<String> compared = Scopes.variableName(scope).filter(names::secretName);
      Optional<String> value = literal(argument);
      if (compared.isEmpty()) {
        compared = Scopes.variableName(argument).filter(names::secretName);
        value = literal(scope);
      }
      String name = compared.orElse(null);
      return name == null ? Optional.empty() : value.filter(v -> names.secretValue(v, name))
          .map(v -> hit(call, name + " is compared with a literal.", v));
    }
    if (call.getArguments().size() == 1 && names.secretName(method)
        && (method.startsWith("set") || method.startsWith("with") || Identifiers.words(method).size() <= 2)) {
      return literal(call.getArgument(0)).filter(value -> names.secretValue(value, method))
          .map(value -> hit(call, method + " gets a literal.", value));
    }
    return Optional.empty();
  }

  private static Optional<Hit> settingHit(MethodCallExpr call, CredentialNames names) {
    Optional<String> setting = literal(call.getArgument(0)).filter(names::secretName);
    if (setting.isEmpty()) return Optional.empty();
    return literal(call.getArgument(1)).filter(value -> names.secretValue(value, setting.get()))
        .map(value -> hit(call, "Setting " + setting.get() + " gets a literal.", value));
  }

  /** Finds {@code @Value("${app.secret:literal}")} whose setting or field names a secret. */
  private static Optional<Hit> settingDefault(SingleMemberAnnotationExpr annotation, CredentialNames names) {
    Optional<String> text = literal(annotation.getMemberValue());
    if (text.isEmpty()) return Optional.empty();
    Matcher matcher = SETTING_DEFAULT.matcher(text.get());
    if (!matcher.matches()) return Optional.empty();
    String setting = matcher.group(1);
    String value = matcher.group(2);
    String field = annotation.getParentNode().filter(p -> p instanceof FieldDeclaration)
        .map(p -> ((FieldDeclaration) p).getVariable(0).getNameAsString()).orElse("");
    boolean secret = names.secretName(setting) || names.secretName(field);
    return secret && names.secretValue(value, setting)
        ? Optional.of(hit(annotation, "Setting " + setting + " defaults to a literal.", value))
        : Optional.empty();
  }

  private static Optional<String> urlPassword(String url) {
    Matcher matcher = URL_PASSWORD.matcher(url);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Hit hit(Node node, String detail, String secret) {
    return Hit.at(node, detail).withSecret(secret);
  }

  /**
   * Returns the text of a string literal, also seen through {@code .toCharArray()} or
   * {@code .getBytes()}; for an array of char literals, the chars spelled out; for an array of
   * other literals, the longest element.
   */
  private static Optional<String> literal(Expression e) {
    Expression values = e instanceof ArrayCreationExpr creation && creation.getInitializer().isPresent()
        ? creation.getInitializer().get() : e;
    if (values instanceof ArrayInitializerExpr array && !array.getValues().isEmpty()
        && array.getValues().stream().allMatch(v -> v instanceof CharLiteralExpr)) {
      StringBuilder chars = new StringBuilder();
      array.getValues().forEach(v -> chars.append(((CharLiteralExpr) v).asChar()));
      return Optional.of(chars.toString());
    }
    if (values instanceof ArrayInitializerExpr array) {
      return array.getValues().stream().map(HardcodedCredentialCheck::literal).flatMap(Optional::stream)
          .max(Comparator.comparingInt(String::length));
    }
    if (e instanceof MethodCallExpr call && call.getScope().isPresent()
        && (call.getNameAsString().equals("toCharArray") || call.getNameAsString().equals("getBytes"))) {
      return literal(call.getScope().get());
    }
    if (e instanceof StringLiteralExpr s) return Optional.of(s.asString());
    if (e instanceof TextBlockLiteralExpr t) return Optional.of(t.asString());
    return Optional.empty();
  }

  private static Optional<String> literalOrChars(Expression e) {
    if (e instanceof MethodCallExpr call && call.getNameAsString().equals("toCharArray")
        && call.getScope().isPresent()) {
      return Constants.single(call.getScope().get()).map(Constants.Value::text);
    }
    return Constants.single(e).map(Constants.Value::text);
  }
}

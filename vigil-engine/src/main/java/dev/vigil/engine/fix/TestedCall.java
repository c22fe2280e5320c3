package dev.vigil.engine.fix;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The method a security regression test calls, and which of its parameters carries the untrusted
 * value: a servlet handler holding the finding (the request carries it), else the method of the
 * finding's file whose parameter the data flow starts from or passes through (a Spring or JAX-RS
 * handler's annotated parameter, a plain method's argument). A call the test cannot make (a private
 * method, a class without a no-argument constructor, a generic type) is refused with the reason.
 */
record TestedCall(ClassOrInterfaceDeclaration type, MethodDeclaration method, int tainted, boolean servlet) {
  private static final Pattern HANDLER = Pattern.compile("do(Get|Post|Put|Delete|Patch)");

  /** A regression test that cannot be written, and why. */
  static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Returns what the test of {@code finding} calls in {@code unit}; throws {@link Refused} when it cannot call it. */
  static TestedCall of(Finding finding, JavaUnit unit) {
    Optional<MethodDeclaration> handler = unit.covering(MethodDeclaration.class, finding.location().line()).stream()
        .findFirst().filter(m -> HANDLER.matcher(m.getNameAsString()).matches() && m.getParameters().size() == 2);
    if (handler.isPresent()) return callable(handler.get(), 0, true);
    for (EvidenceStep step : finding.evidence()) {
      if (!step.location().path().equals(finding.location().path())) continue;
      Position at = new Position(step.location().line(), Math.max(1, step.location().column()));
      Optional<Parameter> parameter = unit.unit().findFirst(Parameter.class, p -> p.getRange()
          .map(r -> r.contains(at) || r.begin.line == at.line && p.getNameAsString().equals(step.code().trim()))
          .orElse(false));
      if (parameter.isPresent() && parameter.get().getParentNode().orElse(null) instanceof MethodDeclaration method) {
        return callable(method, method.getParameters().indexOf(parameter.get()), false);
      }
    }
    MethodDeclaration sinkMethod = unit.covering(MethodDeclaration.class, finding.location().line()).stream().findFirst()
        .orElseThrow(() -> new Refused("the finding is not inside a method"));
    List<String> codes = new java.util.ArrayList<>(List.of(finding.excerpt()));
    finding.evidence().stream().filter(s -> s.location().path().equals(finding.location().path()))
        .map(EvidenceStep::code).forEach(codes::add);
    for (String code : codes) {
      // the parameter named first in the sink's code: the document or value it consumes comes before options
      Optional<Parameter> first = sinkMethod.getParameters().stream()
          .filter(p -> firstUse(code, p) >= 0).min(java.util.Comparator.comparingInt(p -> firstUse(code, p)));
      if (first.isPresent()) return callable(sinkMethod, sinkMethod.getParameters().indexOf(first.get()), false);
    }
    throw new Refused("the untrusted value does not enter " + sinkMethod.getNameAsString() + " or another method of "
        + finding.location().path() + " through a parameter a test could pass it to");
  }

  private static int firstUse(String code, Parameter parameter) {
    java.util.regex.Matcher use = Pattern.compile("\\b" + Pattern.quote(parameter.getNameAsString()) + "\\b").matcher(code);
    return use.find() ? use.start() : -1;
  }

  private static TestedCall callable(MethodDeclaration method, int tainted, boolean servlet) {
    String name = method.getNameAsString();
    if (!(method.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type) || type.isInterface()
        || type.isNestedType() || !type.getTypeParameters().isEmpty()) {
      throw new Refused(name + " is not in a top-level, non-generic class a test can create");
    }
    if (method.isPrivate() || !method.getTypeParameters().isEmpty()) {
      throw new Refused(name + " is private or generic, so a test cannot call it directly");
    }
    boolean creatable = !type.isAbstract() && (type.getConstructors().isEmpty()
        || type.getConstructors().stream().anyMatch(c -> c.getParameters().isEmpty() && !c.isPrivate()));
    if (!method.isStatic() && !creatable) {
      throw new Refused(type.getNameAsString() + " has no constructor without arguments (its dependencies are "
          + "injected), so a test cannot create it without the project's own wiring");
    }
    if (method.getParameters().stream().anyMatch(p -> p.getType().isClassOrInterfaceType()
        && method.getTypeParameters().stream().anyMatch(t -> t.getNameAsString().equals(p.getTypeAsString())))) {
      throw new Refused(name + " takes a type parameter");
    }
    return new TestedCall(type, method, tainted, servlet);
  }

  /** Returns the call's Java statement: each argument built by the test's {@code argument(type, tainted)}. */
  String statement() {
    StringBuilder call = new StringBuilder(method.getType().isVoidType() ? "" : "returned = ");
    call.append(method.hasModifier(Modifier.Keyword.STATIC) ? type.getNameAsString() : "new " + type.getNameAsString() + "()")
        .append('.').append(method.getNameAsString()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      Parameter parameter = method.getParameter(i);
      String declared = parameter.getType().toString() + (parameter.isVarArgs() ? "[]" : "");
      String erased = declared.replaceAll("<.*>", "");
      String value = "argument(" + erased + ".class, " + (i == tainted) + ")";
      call.append(i == 0 ? "" : ", ").append(declared.equals(erased) ? value : "(" + declared + ") " + value);
    }
    return call.append(");").toString();
  }
}

package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.vigil.engine.analysis.Confidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds XML parsed by a parser that still resolves DOCTYPEs and external entities, with or
 * without untrusted input in sight: a read call ({@code parseMethods}) on a parser traced to its
 * creation ({@link ParserOrigins}) whose class does not harden that family ({@link XmlHardening}).
 * Input parsed already or bundled on the class path is not reported; a constant path or URL is
 * reported with medium confidence, anything else with the rule's.
 */
final class XxeParserCheck implements CryptoCheck {
  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    ParserOrigins origins = new ParserOrigins(rule.list("parsers"));
    XmlHardening hardening = new XmlHardening(rule, origins);
    XmlInputs inputs = new XmlInputs(rule);
    Set<String> parseMethods = Set.copyOf(rule.list("parseMethods"));
    Map<Node, Map<String, Set<String>>> settingsByType = new HashMap<>();
    List<Hit> hits = new ArrayList<>();
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (!parseMethods.contains(call.getNameAsString()) || call.getArguments().isEmpty()
          || call.getScope().isEmpty()) {
        continue;
      }
      Optional<String> family = origins.family(call.getScope().get());
      if (family.isEmpty()) continue;
      Node type = Scopes.ancestor(call, n -> n instanceof TypeDeclaration<?>).orElse(call.findRootNode());
      Map<String, Set<String>> settings = settingsByType.computeIfAbsent(type, hardening::settings);
      if (hardening.hardened(family.get(), settings)) continue;
      XmlInputs.Kind input = inputs.kind(document(call));
      if (input == XmlInputs.Kind.PARSED || input == XmlInputs.Kind.BUNDLED) continue;
      Hit hit = Hit.at(call, "A " + family.get() + " parser without XXE hardening reads "
          + (input == XmlInputs.Kind.CONSTANT ? "a fixed document" : "a document") + " in "
          + call.getNameAsString() + ".");
      hits.add(input == XmlInputs.Kind.CONSTANT ? hit.withConfidence(Confidence.MEDIUM) : hit);
    }
    return hits;
  }

  /** Returns the argument that names the document: the last one of a StAX (systemId, stream) pair. */
  private static Expression document(MethodCallExpr call) {
    boolean stax = call.getNameAsString().startsWith("createXML") && call.getArguments().size() == 2;
    return call.getArgument(stax ? 1 : 0);
  }
}

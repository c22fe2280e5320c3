package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * XML external entities: the parser factory the finding's method creates gets its secure features
 * right after it is made: DOCTYPE declarations refused ({@code disallow-doctype-decl}) where the
 * method already handles the checked exception {@code setFeature} throws, else external DTDs and
 * schemas blocked through the JAXP 1.5 attributes ({@code ACCESS_EXTERNAL_DTD}); DTD support off
 * for StAX. A factory made and used in one chain becomes a local hardened before the chain. Also fixes
 * a parser reported without taint in sight ({@code java.xxe-parser}). A factory made elsewhere (a
 * field, a helper) is refused: other callers share it.
 */
final class XxeFix extends JavaFix {
  private static final String DISALLOW_DOCTYPE = "\"http://apache.org/xml/features/disallow-doctype-decl\"";
  private static final Set<String> SAX_ERRORS = Set.of("SAXException", "org.xml.sax.SAXException");
  private static final Map<String, Set<String>> FACTORY_CALLS = Map.of(
      "DocumentBuilderFactory", Set.of("newInstance", "newDefaultInstance", "newNSInstance"),
      "SAXParserFactory", Set.of("newInstance", "newDefaultInstance", "newNSInstance"),
      "XMLInputFactory", Set.of("newInstance", "newFactory", "newDefaultFactory"),
      "TransformerFactory", Set.of("newInstance", "newDefaultInstance"),
      "SchemaFactory", Set.of("newInstance", "newDefaultInstance"),
      "XMLReaderFactory", Set.of("createXMLReader"));
  /** The factories a chain may make inline: their creating class is the type of the local that replaces it. */
  private static final Set<String> FACTORIES = Set.of("DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory",
      "TransformerFactory", "SchemaFactory");

  XxeFix() {
    super("java.xxe", "java.xxe-parser");
  }

  @Override
  String fix(Edit edit) {
    Node member = JavaUnit.enclosingMember(edit.callAt(Set.of("parse", "newDocumentBuilder", "newSAXParser",
        "createXMLStreamReader", "createXMLEventReader", "newTransformer", "newTemplates", "newSchema", "read", "build",
        "unmarshal", "transform", "newValidator", "validate", "getXMLReader")))
        .orElseThrow(() -> new NoSafeFix("the XML parser is not used inside a method"));
    List<VariableDeclarator> factories = member.findAll(VariableDeclarator.class, v -> factoryType(v) != null);
    if (factories.isEmpty()) return hardenChained(edit, member);
    List<String> hardened = new ArrayList<>();
    for (VariableDeclarator factory : factories) {
      Statement declaration = factory.findAncestor(ExpressionStmt.class)
          .orElseThrow(() -> new NoSafeFix("the parser factory is declared where no statement can follow it"));
      String type = factoryType(factory);
      for (String line : hardening(edit.unit(), type, factory.getNameAsString(), declaration)) {
        edit.unit().insertAfter(declaration, StaticJavaParser.parseStatement(line));
      }
      hardened.add(type + " " + factory.getNameAsString());
    }
    return "Turns on the secure features of " + String.join(", ", hardened) + " as soon as it is created, so a "
        + "document's DOCTYPE can no longer pull in external entities (files, URLs).";
  }

  /**
   * Hardens a factory made and used in one chain ({@code DocumentBuilderFactory.newInstance().newDocumentBuilder()}):
   * the factory moves to a local declared just before the statement, hardened there, and the chain uses it.
   */
  private static String hardenChained(Edit edit, Node member) {
    MethodCallExpr made = member.findFirst(MethodCallExpr.class, c -> FACTORIES.contains(String.valueOf(creationType(c)))
        && c.getParentNode().orElse(null) instanceof MethodCallExpr user && user.getScope().map(c::equals).orElse(false))
        .orElseThrow(() -> new NoSafeFix("the parser factory is not created in this method (a field or a helper makes it, and other "
            + "callers share it), so hardening it here would be guessing"));
    Statement anchor = JavaUnit.enclosingBlockStatement(made)
        .orElseThrow(() -> new NoSafeFix("the parser factory is made where no statement can precede it"));
    String type = creationType(made);
    String name = Declarations.freeName(member, "factory");
    List<String> hardening = hardening(edit.unit(), type, name, anchor);
    edit.unit().insertBefore(anchor, StaticJavaParser.parseStatement(made.getScope().orElseThrow() + " " + name + " = "
        + made + ";"));
    for (String line : hardening) edit.unit().insertBefore(anchor, StaticJavaParser.parseStatement(line));
    made.replace(new NameExpr(name));
    return "Makes the " + type + " a local, " + name + ", and turns on its secure features before it is used, so a "
        + "document's DOCTYPE can no longer pull in external entities (files, URLs).";
  }

  private static String factoryType(VariableDeclarator v) {
    return v.getInitializer().map(XxeFix::creationType).orElse(null);
  }

  /** Returns the kind of parser {@code init} makes, or null. */
  private static String creationType(Expression init) {
    if (init instanceof ObjectCreationExpr creation
        && Set.of("SAXReader", "SAXBuilder").contains(creation.getType().getNameAsString())) {
      return creation.getType().getNameAsString();
    }
    if (init instanceof MethodCallExpr call && call.getScope().isPresent()) {
      String scope = call.getScope().get().toString();
      String simple = scope.substring(scope.lastIndexOf('.') + 1);
      Set<String> calls = FACTORY_CALLS.get(simple);
      if (calls != null && calls.contains(call.getNameAsString())) {
        return simple.equals("XMLReaderFactory") ? "XMLReader" : simple;
      }
    }
    return null;
  }

  /** Returns the statements that harden the factory {@code name} of {@code type}, in order. */
  private static List<String> hardening(JavaUnit unit, String type, String name, Node where) {
    boolean saxErrors = CheckedExceptions.handled(where, SAX_ERRORS);
    boolean configErrors = CheckedExceptions.handled(where, Set.of("ParserConfigurationException",
        "javax.xml.parsers.ParserConfigurationException"));
    String feature = name + ".setFeature(" + DISALLOW_DOCTYPE + ", true);";
    return switch (type) {
      case "DocumentBuilderFactory" -> configErrors ? List.of(feature)
          : List.of(name + ".setAttribute(" + constant(unit, "ACCESS_EXTERNAL_DTD") + ", \"\");",
              name + ".setAttribute(" + constant(unit, "ACCESS_EXTERNAL_SCHEMA") + ", \"\");");
      case "SAXParserFactory" -> {
        if (!configErrors || !saxErrors) throw refusal(type, "ParserConfigurationException and SAXException");
        yield List.of(feature);
      }
      case "XMLReader", "SAXReader" -> {
        if (!saxErrors) throw refusal(type, "SAXException");
        yield List.of(feature);
      }
      case "SAXBuilder" -> List.of(feature);
      case "XMLInputFactory" -> List.of(name + ".setProperty(XMLInputFactory.SUPPORT_DTD, false);");
      case "TransformerFactory" -> List.of(name + ".setAttribute(" + constant(unit, "ACCESS_EXTERNAL_DTD") + ", \"\");",
          name + ".setAttribute(" + constant(unit, "ACCESS_EXTERNAL_STYLESHEET") + ", \"\");");
      case "SchemaFactory" -> {
        if (!saxErrors) throw refusal(type, "SAXException");
        yield List.of(name + ".setProperty(" + constant(unit, "ACCESS_EXTERNAL_DTD") + ", \"\");",
            name + ".setProperty(" + constant(unit, "ACCESS_EXTERNAL_SCHEMA") + ", \"\");");
      }
      default -> throw new NoSafeFix("no known secure features for " + type);
    };
  }

  private static String constant(JavaUnit unit, String name) {
    return (unit.addImport("javax.xml.XMLConstants") ? "XMLConstants." : "javax.xml.XMLConstants.") + name;
  }

  private static NoSafeFix refusal(String type, String exceptions) {
    return new NoSafeFix("hardening " + type + " throws " + exceptions + ", which this method neither catches nor "
        + "declares; declaring it would move the risk to the callers");
  }
}

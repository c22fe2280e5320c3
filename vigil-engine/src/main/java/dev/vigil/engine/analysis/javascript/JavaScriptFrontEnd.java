package dev.vigil.engine.analysis.javascript;

import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.syntax.SyntaxNode;
import dev.vigil.engine.analysis.syntax.SyntaxTree;
import dev.vigil.engine.analysis.taint.Expr;
import dev.vigil.engine.analysis.taint.FrontEnd;
import dev.vigil.engine.analysis.taint.ModulePaths;
import dev.vigil.engine.analysis.taint.SourceModule;
import dev.vigil.engine.analysis.taint.Span;
import dev.vigil.engine.analysis.taint.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lowers JavaScript and TypeScript (tree-sitter-javascript, -typescript, -tsx) into the taint
 * core's statements: declarations with destructuring, {@code require} and {@code import} as
 * imports ({@code node:} prefixes dropped), functions, arrow functions and methods, classes,
 * if/switch/loops/try, exports; template literals and {@code +} become concatenation;
 * {@code ===}, {@code !}, {@code &&}, {@code ||} keep their shape for guards. TypeScript type
 * annotations are kept on parameters and dropped elsewhere ({@code as}, {@code !}, {@code <T>x}).
 */
public final class JavaScriptFrontEnd implements FrontEnd {
  private static final Set<String> TRANSPARENT = Set.of("parenthesized_expression",
      "await_expression", "as_expression", "satisfies_expression", "non_null_expression",
      "type_assertion");

  @Override
  public boolean reads(Grammar grammar) {
    return grammar != Grammar.PYTHON;
  }

  @Override
  public SourceModule lower(SyntaxTree tree) {
    return new SourceModule(tree.path(), block(tree.root(), null, false));
  }

  /**
   * Returns the files a relative specifier ({@code ./db}, {@code ../lib/db.js}) may name, with
   * the usual extensions and {@code index} files; none for a package name.
   */
  @Override
  public List<String> modulePaths(String from, String module) {
    if (!module.startsWith("./") && !module.startsWith("../")) return List.of();
    String base = ModulePaths.join(ModulePaths.folder(from), module);
    List<String> paths = new ArrayList<>(List.of(base));
    for (String ext : List.of(".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx")) paths.add(base + ext);
    for (String index : List.of("/index.js", "/index.ts")) paths.add(base + index);
    return paths;
  }

  private List<Stmt> block(SyntaxNode node, String owner, boolean exported) {
    List<Stmt> out = new ArrayList<>();
    if (node == null) return out;
    if (!node.type().equals("statement_block") && !node.type().equals("program")
        && !node.type().equals("class_body") && !node.type().equals("switch_body")) {
      statement(node, owner, exported, out);
      return out;
    }
    for (SyntaxNode child : node.children()) statement(child, owner, exported, out);
    return out;
  }

  private void statement(SyntaxNode n, String owner, boolean exported, List<Stmt> out) {
    Span span = Span.of(n);
    switch (n.type()) {
      case "expression_statement" -> n.children().forEach(e -> expressionStatement(e, out));
      case "lexical_declaration", "variable_declaration" -> {
        for (SyntaxNode d : n.children()) {
          if (d.type().equals("variable_declarator") && d.child("value") != null) {
            declare(d.child("name"), d.child("value"), Span.of(d), out);
          }
        }
      }
      case "if_statement" -> {
        SyntaxNode alternative = n.child("alternative");
        List<Stmt> otherwise = new ArrayList<>();
        if (alternative != null) {
          alternative.children().forEach(c -> statement(c, null, false, otherwise));
        }
        out.add(new Stmt.If(span, expr(n.child("condition")), block(n.child("consequence"), null, false),
            otherwise));
      }
      case "for_in_statement" -> out.add(new Stmt.Loop(span, target(n.child("left")),
          expr(n.child("right")), block(n.child("body"), null, false)));
      case "for_statement", "while_statement", "do_statement" -> {
        for (String part : List.of("initializer", "condition", "increment")) {
          SyntaxNode p = n.child(part);
          if (p != null) statement(p, null, false, out);
        }
        out.add(new Stmt.Loop(span, null, null, block(n.child("body"), null, false)));
      }
      case "switch_statement" -> {
        Expr value = expr(n.child("value"));
        SyntaxNode body = n.child("body");
        if (body == null) return;
        for (SyntaxNode c : body.children()) {
          List<Stmt> inner = new ArrayList<>();
          c.children().stream().filter(s -> !"value".equals(s.field()))
              .forEach(s -> statement(s, null, false, inner));
          out.add(new Stmt.If(Span.of(c), new Expr.Other(Span.of(c), List.of(value)), inner, List.of()));
        }
      }
      case "try_statement" -> {
        List<List<Stmt>> handlers = new ArrayList<>();
        SyntaxNode handler = n.child("handler");
        if (handler != null) handlers.add(block(handler.child("body"), null, false));
        SyntaxNode finalizer = n.child("finalizer");
        out.add(new Stmt.Try(span, block(n.child("body"), null, false), handlers,
            finalizer == null ? List.of() : block(finalizer.child("body"), null, false)));
      }
      case "return_statement" -> out.add(new Stmt.Return(span,
          n.children().isEmpty() ? null : expr(n.children().get(0))));
      case "throw_statement" -> out.add(new Stmt.Raise(span,
          n.children().isEmpty() ? null : expr(n.children().get(0))));
      case "function_declaration", "generator_function_declaration" ->
          out.add(function(n, text(n.child("name")), owner, exported));
      case "class_declaration", "abstract_class_declaration" -> {
        String name = text(n.child("name"));
        List<Stmt> members = new ArrayList<>();
        SyntaxNode body = n.child("body");
        if (body != null) {
          for (SyntaxNode m : body.children()) {
            if (m.type().equals("method_definition")) members.add(function(m, text(m.child("name")), name, false));
          }
        }
        out.add(new Stmt.ClassDef(span, name, List.of(), members));
      }
      case "export_statement" -> {
        SyntaxNode declaration = n.child("declaration");
        if (declaration != null) statement(declaration, owner, true, out);
        SyntaxNode value = n.child("value");
        if (value != null) out.add(new Stmt.Eval(span, expr(value)));
      }
      case "import_statement" -> importStatement(n, span, out);
      case "statement_block" -> out.addAll(block(n, owner, exported));
      case "labeled_statement" -> n.children().forEach(c -> statement(c, owner, exported, out));
      case "empty_statement", "break_statement", "continue_statement", "comment",
          "interface_declaration", "type_alias_declaration", "enum_declaration",
          "ambient_declaration", "debugger_statement" -> { }
      default -> out.add(new Stmt.Eval(span, expr(n)));
    }
  }

  private void expressionStatement(SyntaxNode e, List<Stmt> out) {
    switch (e.type()) {
      case "assignment_expression" -> {
        SyntaxNode left = e.child("left");
        SyntaxNode right = e.child("right");
        if (left != null && (left.type().equals("object_pattern") || left.type().equals("array_pattern"))) {
          declare(left, right, Span.of(e), out);
        } else {
          out.add(new Stmt.Assign(Span.of(e), target(left), expr(right)));
        }
      }
      case "augmented_assignment_expression" -> {
        Expr left = target(e.child("left"));
        Expr right = expr(e.child("right"));
        String op = text(e.child("operator"));
        out.add(new Stmt.Assign(Span.of(e), left, op.equals("+=")
            ? new Expr.Concat(Span.of(e), List.of(expr(e.child("left")), right))
            : new Expr.Either(Span.of(e), List.of(expr(e.child("left")), right))));
      }
      case "sequence_expression" -> e.children().forEach(c -> expressionStatement(c, out));
      default -> out.add(new Stmt.Eval(Span.of(e), expr(e)));
    }
  }

  /** Lowers {@code name = value} with destructuring; {@code require} becomes an import. */
  private void declare(SyntaxNode name, SyntaxNode value, Span span, List<Stmt> out) {
    String module = required(value);
    if (name == null) return;
    if (module != null) {
      if (name.type().equals("identifier")) {
        out.add(new Stmt.Import(span, module, null, name.text()));
        return;
      }
      if (name.type().equals("object_pattern")) {
        for (SyntaxNode p : name.children()) {
          if (p.type().equals("shorthand_property_identifier_pattern")) {
            out.add(new Stmt.Import(span, module, p.text(), p.text()));
          } else if (p.type().equals("pair_pattern")) {
            out.add(new Stmt.Import(span, module, text(p.child("key")), text(p.child("value"))));
          }
        }
        return;
      }
    }
    Expr source = expr(value);
    switch (name.type()) {
      case "object_pattern" -> {
        for (SyntaxNode p : name.children()) {
          switch (p.type()) {
            case "shorthand_property_identifier_pattern" ->
                out.add(new Stmt.Assign(span, new Expr.Name(Span.of(p), p.text()),
                    new Expr.Member(Span.of(p), source, p.text())));
            case "pair_pattern" -> {
              SyntaxNode inner = p.child("value");
              Expr member = new Expr.Member(Span.of(p), source, unquote(text(p.child("key"))));
              if (inner != null && inner.type().equals("identifier")) {
                out.add(new Stmt.Assign(span, new Expr.Name(Span.of(inner), inner.text()), member));
              } else if (inner != null && inner.type().equals("assignment_pattern")) {
                out.add(new Stmt.Assign(span, target(inner.child("left")), new Expr.Either(span,
                    List.of(member, expr(inner.child("right"))))));
              }
            }
            case "object_assignment_pattern" -> {
              SyntaxNode left = p.child("left");
              out.add(new Stmt.Assign(span, target(left), new Expr.Either(span,
                  List.of(new Expr.Member(Span.of(p), source, text(left)), expr(p.child("right"))))));
            }
            case "rest_pattern" -> out.add(new Stmt.Assign(span, target(p.children().isEmpty()
                ? null : p.children().get(0)), source));
            default -> { }
          }
        }
      }
      default -> out.add(new Stmt.Assign(span, target(name), source));
    }
  }

  /** Returns the module {@code require('m')} or {@code require('m').x} loads, or null. */
  private static String required(SyntaxNode value) {
    if (value == null || !value.type().equals("call_expression")) return null;
    SyntaxNode function = value.child("function");
    if (function == null || !function.type().equals("identifier") || !function.text().equals("require")) return null;
    SyntaxNode args = value.child("arguments");
    if (args == null || args.children().isEmpty() || !args.children().get(0).type().equals("string")) return null;
    return module(unquote(args.children().get(0).text()));
  }

  private static String module(String name) {
    return name.startsWith("node:") ? name.substring(5) : name;
  }

  private void importStatement(SyntaxNode n, Span span, List<Stmt> out) {
    String module = module(unquote(text(n.child("source"))));
    SyntaxNode clause = n.firstOfType("import_clause");
    if (clause == null) return;
    for (SyntaxNode c : clause.children()) {
      switch (c.type()) {
        case "identifier" -> out.add(new Stmt.Import(span, module, null, c.text()));
        case "namespace_import" -> out.add(new Stmt.Import(span, module, null,
            text(c.firstOfType("identifier"))));
        case "named_imports" -> {
          for (SyntaxNode s : c.children()) {
            if (!s.type().equals("import_specifier")) continue;
            String name = text(s.child("name"));
            SyntaxNode alias = s.child("alias");
            out.add(new Stmt.Import(span, module, name, alias == null ? name : alias.text()));
          }
        }
        default -> { }
      }
    }
  }

  private Stmt.FunctionDef function(SyntaxNode n, String name, String owner, boolean exported) {
    List<Stmt> prologue = new ArrayList<>();
    List<Stmt.Param> params = params(n, prologue);
    SyntaxNode body = n.child("body");
    List<Stmt> statements = new ArrayList<>(prologue);
    if (body != null && body.type().equals("statement_block")) {
      statements.addAll(block(body, null, false));
    } else if (body != null) {
      Expr value = expr(body);
      statements.add(new Stmt.Return(value.span(), value));
    }
    return new Stmt.FunctionDef(Span.of(n), name, params, statements, List.of(), exported, owner);
  }

  /** Returns the parameters; destructured ones get a synthetic name unpacked in {@code prologue}. */
  private List<Stmt.Param> params(SyntaxNode function, List<Stmt> prologue) {
    List<Stmt.Param> out = new ArrayList<>();
    SyntaxNode single = function.child("parameter");
    if (single != null) {
      out.add(new Stmt.Param(single.text(), null, null, false));
      return out;
    }
    SyntaxNode parameters = function.child("parameters");
    if (parameters == null) return out;
    for (SyntaxNode p : parameters.children()) {
      String annotation = null;
      SyntaxNode pattern = p;
      if (p.type().equals("required_parameter") || p.type().equals("optional_parameter")) {
        pattern = p.child("pattern");
        SyntaxNode type = p.child("type");
        if (type != null && !type.children().isEmpty()) annotation = type.children().get(0).text();
      }
      if (pattern == null) continue;
      switch (pattern.type()) {
        case "identifier" -> out.add(new Stmt.Param(pattern.text(), null, annotation, false));
        case "assignment_pattern" -> out.add(new Stmt.Param(text(pattern.child("left")),
            expr(pattern.child("right")), annotation, false));
        case "rest_pattern" -> out.add(new Stmt.Param(text(pattern.firstOfType("identifier")), null,
            annotation, true));
        case "object_pattern", "array_pattern" -> {
          String synthetic = "$param" + out.size();
          out.add(new Stmt.Param(synthetic, null, annotation, false));
          List<Stmt> unpack = new ArrayList<>();
          declareFrom(pattern, synthetic, unpack);
          prologue.addAll(unpack);
        }
        default -> { }
      }
    }
    return out;
  }

  private void declareFrom(SyntaxNode pattern, String variable, List<Stmt> out) {
    Span span = Span.of(pattern);
    Expr source = new Expr.Name(span, variable);
    if (pattern.type().equals("array_pattern")) {
      out.add(new Stmt.Assign(span, target(pattern), source));
      return;
    }
    for (SyntaxNode p : pattern.children()) {
      if (p.type().equals("shorthand_property_identifier_pattern")) {
        out.add(new Stmt.Assign(span, new Expr.Name(Span.of(p), p.text()),
            new Expr.Member(Span.of(p), source, p.text())));
      } else if (p.type().equals("pair_pattern") && p.child("value") != null) {
        out.add(new Stmt.Assign(span, target(p.child("value")),
            new Expr.Member(Span.of(p), source, unquote(text(p.child("key"))))));
      }
    }
  }

  private Expr target(SyntaxNode n) {
    if (n == null) return new Expr.Other(new Span("", 1, 0, 1, 0, ""), List.of());
    if (n.type().equals("array_pattern")) {
      List<String> keys = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      for (SyntaxNode c : n.children()) {
        keys.add(null);
        values.add(target(c));
      }
      return new Expr.Collection(Span.of(n), keys, values);
    }
    if (n.type().equals("lexical_declaration") || n.type().equals("variable_declaration")) {
      SyntaxNode d = n.firstOfType("variable_declarator");
      return target(d == null ? null : d.child("name"));
    }
    return expr(n);
  }

  /** Returns the expression a node stands for. */
  Expr expr(SyntaxNode n) {
    if (n == null) return new Expr.Literal(new Span("", 1, 0, 1, 0, ""), null);
    Span span = Span.of(n);
    if (TRANSPARENT.contains(n.type())) {
      SyntaxNode inner = n.children().stream().filter(SyntaxNode::isNamedNode).findFirst().orElse(null);
      return expr(inner);
    }
    return switch (n.type()) {
      case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern" -> n.text().equals("undefined")
          ? new Expr.Literal(span, null) : new Expr.Name(span, n.text());
      case "this" -> new Expr.Name(span, "this");
      case "string" -> new Expr.Literal(span, unquote(n.text()));
      case "template_string" -> template(n, span);
      case "number" -> new Expr.Literal(span, n.text());
      case "true" -> new Expr.Literal(span, Boolean.TRUE);
      case "false" -> new Expr.Literal(span, Boolean.FALSE);
      case "null", "undefined" -> new Expr.Literal(span, null);
      case "regex" -> new Expr.Literal(span, text(n.child("pattern")));
      case "member_expression" -> new Expr.Member(span, expr(n.child("object")), text(n.child("property")));
      case "subscript_expression" -> new Expr.Index(span, expr(n.child("object")), expr(n.child("index")));
      case "call_expression" -> call(n, span, n.child("function"), false);
      case "new_expression" -> call(n, span, n.child("constructor"), true);
      case "binary_expression" -> binary(n, span);
      case "unary_expression" -> "!".equals(text(n.child("operator")))
          ? new Expr.Not(span, expr(n.child("argument")))
          : new Expr.Clean(span, List.of(expr(n.child("argument"))));
      case "ternary_expression" -> new Expr.Conditional(span, expr(n.child("condition")),
          expr(n.child("consequence")), expr(n.child("alternative")));
      case "array" -> {
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        n.children().forEach(c -> {
          keys.add(null);
          values.add(expr(c));
        });
        yield new Expr.Collection(span, keys, values);
      }
      case "object" -> object(n, span);
      case "arrow_function", "function_expression", "function", "generator_function" ->
          new Expr.Function(span, function(n, text(n.child("name")), null, false));
      case "spread_element" -> expr(n.children().isEmpty() ? null : n.children().get(0));
      case "assignment_expression" -> expr(n.child("right"));
      default -> new Expr.Other(span, n.children().stream().filter(SyntaxNode::isNamedNode)
          .map(this::expr).toList());
    };
  }

  private Expr call(SyntaxNode n, Span span, SyntaxNode function, boolean constructs) {
    SyntaxNode args = n.child("arguments");
    if (function != null && function.type().equals("identifier") && function.text().equals("require")) {
      String module = required(n);
      if (module != null) return new Expr.Name(span, module);
    }
    List<Expr.Argument> arguments = new ArrayList<>();
    if (args != null && args.type().equals("arguments")) {
      for (SyntaxNode a : args.children()) {
        arguments.add(new Expr.Argument(null, expr(a), a.type().equals("spread_element")));
      }
    } else if (args != null) {
      arguments.add(new Expr.Argument(null, expr(args), false));
    }
    return new Expr.Call(span, expr(function), arguments, constructs);
  }

  private Expr binary(SyntaxNode n, Span span) {
    String op = text(n.child("operator"));
    Expr left = expr(n.child("left"));
    Expr right = expr(n.child("right"));
    return switch (op) {
      case "+" -> new Expr.Concat(span, List.of(left, right));
      case "===", "==" -> new Expr.Compare(span, left, right, true, false);
      case "!==", "!=" -> new Expr.Compare(span, left, right, true, true);
      case "&&" -> new Expr.And(span, left, right);
      case "||", "??" -> new Expr.Or(span, left, right);
      case "in" -> new Expr.Membership(span, left, right, false);
      default -> new Expr.Clean(span, List.of(left, right));
    };
  }

  private Expr object(SyntaxNode n, Span span) {
    List<String> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    for (SyntaxNode c : n.children()) {
      switch (c.type()) {
        case "pair" -> {
          keys.add(unquote(text(c.child("key"))));
          values.add(expr(c.child("value")));
        }
        case "shorthand_property_identifier" -> {
          keys.add(c.text());
          values.add(new Expr.Name(Span.of(c), c.text()));
        }
        case "method_definition" -> {
          keys.add(text(c.child("name")));
          values.add(new Expr.Function(Span.of(c), function(c, text(c.child("name")), null, false)));
        }
        default -> {
          keys.add("*");
          values.add(expr(c));
        }
      }
    }
    return new Expr.Collection(span, keys, values);
  }

  private Expr template(SyntaxNode n, Span span) {
    List<Expr> parts = new ArrayList<>();
    boolean substituted = false;
    StringBuilder constant = new StringBuilder();
    for (SyntaxNode c : n.children()) {
      if (c.type().equals("template_substitution")) {
        substituted = true;
        parts.add(expr(c.children().isEmpty() ? null : c.children().get(0)));
      } else if (c.type().equals("string_fragment")) {
        constant.append(c.text());
        parts.add(new Expr.Literal(Span.of(c), c.text()));
      }
    }
    return substituted ? new Expr.Concat(span, parts) : new Expr.Literal(span, constant.toString());
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && "'\"`".indexOf(text.charAt(0)) >= 0 && text.charAt(text.length() - 1) == text.charAt(0)) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private static String text(SyntaxNode n) {
    return n == null ? "" : n.text();
  }
}

package dev.vigil.engine.analysis.python;

import dev.vigil.engine.analysis.Finding;
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
 * Lowers Python (tree-sitter-python) into the taint core's statements: assignments (with tuple
 * unpacking and augmented assignments as concatenation), if/elif/else, for/while, try, with
 * (its {@code as} target assigned), functions with decorators and parameters (annotations kept),
 * classes, imports; f-strings, {@code %} and {@code +} become concatenation, comparisons and
 * {@code in}/{@code not in} keep their shape for guards; comprehensions join their parts.
 */
public final class PythonFrontEnd implements FrontEnd {
  private static final Set<String> CONCAT_OPERATORS = Set.of("+", "%", "/");

  @Override
  public boolean reads(Grammar grammar) {
    return grammar == Grammar.PYTHON;
  }

  @Override
  public SourceModule lower(SyntaxTree tree) {
    return new SourceModule(tree.path(), block(tree.root(), null));
  }

  /**
   * Returns {@code pkg/mod.py} and {@code pkg/mod/__init__.py} for {@code pkg.mod}; a relative
   * import ({@code .mod}, {@code ..pkg.mod}) starts from the importing file's folder.
   */
  @Override
  public List<String> modulePaths(String from, String module) {
    int dots = 0;
    while (dots < module.length() && module.charAt(dots) == '.') dots++;
    String rest = module.substring(dots).replace('.', '/');
    String base = rest;
    if (dots > 0) {
      String folder = ModulePaths.folder(from);
      for (int i = 1; i < dots; i++) folder = ModulePaths.folder(folder);
      base = ModulePaths.join(folder, rest);
    }
    if (base.isEmpty()) return List.of();
    return List.of(base + ".py", base + "/__init__.py");
  }

  private List<Stmt> block(SyntaxNode node, String owner) {
    List<Stmt> out = new ArrayList<>();
    if (node == null) return out;
    for (SyntaxNode child : node.children()) statement(child, owner, out);
    return out;
  }

  private void statement(SyntaxNode n, String owner, List<Stmt> out) {
    Span span = Span.of(n);
    switch (n.type()) {
      case "expression_statement" -> {
        for (SyntaxNode e : n.children()) {
          switch (e.type()) {
            case "assignment" -> assignment(e, out);
            case "augmented_assignment" -> out.add(new Stmt.Assign(Span.of(e), expr(e.child("left")),
                new Expr.Concat(Span.of(e), List.of(expr(e.child("left")), expr(e.child("right"))))));
            default -> out.add(new Stmt.Eval(Span.of(e), expr(e)));
          }
        }
      }
      case "if_statement" -> out.add(ifStatement(n, n.children("alternative"), 0));
      case "for_statement" -> {
        out.add(new Stmt.Loop(span, target(n.child("left")), expr(n.child("right")),
            block(n.child("body"), null)));
        SyntaxNode alternative = n.child("alternative");
        if (alternative != null) out.addAll(block(alternative.child("body"), null));
      }
      case "while_statement" -> {
        out.add(new Stmt.Eval(span, expr(n.child("condition"))));
        out.add(new Stmt.Loop(span, null, null, block(n.child("body"), null)));
      }
      case "try_statement" -> out.add(tryStatement(n, span));
      case "with_statement" -> {
        SyntaxNode clause = n.firstOfType("with_clause");
        if (clause != null) {
          for (SyntaxNode item : clause.children()) withItem(item, out);
        }
        out.addAll(block(n.child("body"), null));
      }
      case "return_statement" -> out.add(new Stmt.Return(span,
          n.children().isEmpty() ? null : expr(n.children().get(0))));
      case "raise_statement" -> out.add(new Stmt.Raise(span,
          n.children().isEmpty() ? null : expr(n.children().get(0))));
      case "function_definition" -> out.add(function(n, List.of(), owner));
      case "decorated_definition" -> {
        List<Expr> decorators = new ArrayList<>();
        for (SyntaxNode d : n.children()) {
          if (d.type().equals("decorator") && !d.children().isEmpty()) decorators.add(expr(d.children().get(0)));
        }
        SyntaxNode definition = n.child("definition");
        if (definition == null) return;
        if (definition.type().equals("function_definition")) out.add(function(definition, decorators, owner));
        else statement(definition, owner, out);
      }
      case "class_definition" -> {
        String name = text(n.child("name"));
        List<Expr> bases = new ArrayList<>();
        SyntaxNode superclasses = n.child("superclasses");
        if (superclasses != null) superclasses.children().forEach(b -> bases.add(expr(b)));
        out.add(new Stmt.ClassDef(span, name, bases, block(n.child("body"), name)));
      }
      case "import_statement" -> {
        for (SyntaxNode name : n.children("name")) {
          if (name.type().equals("aliased_import")) {
            out.add(new Stmt.Import(span, text(name.child("name")), null, text(name.child("alias"))));
          } else {
            String module = name.text();
            String head = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
            out.add(new Stmt.Import(span, module.contains(".") ? head : module, null, head));
          }
        }
      }
      case "import_from_statement" -> {
        String module = text(n.child("module_name"));
        for (SyntaxNode name : n.children("name")) {
          if (name.type().equals("aliased_import")) {
            out.add(new Stmt.Import(span, module, text(name.child("name")), text(name.child("alias"))));
          } else if (module.matches("\\.+")) {
            out.add(new Stmt.Import(span, module + name.text(), null, name.text()));
          } else {
            out.add(new Stmt.Import(span, module, name.text(), name.text()));
          }
        }
      }
      case "block" -> out.addAll(block(n, owner));
      case "pass_statement", "break_statement", "continue_statement", "global_statement",
          "nonlocal_statement", "comment", "future_import_statement" -> { }
      default -> {
        List<Expr> parts = new ArrayList<>();
        n.children().forEach(c -> parts.add(expr(c)));
        out.add(new Stmt.Eval(span, new Expr.Other(span, parts)));
      }
    }
  }

  private void assignment(SyntaxNode e, List<Stmt> out) {
    SyntaxNode right = e.child("right");
    if (right == null) return;
    if (right.type().equals("assignment")) {
      assignment(right, out);
      out.add(new Stmt.Assign(Span.of(e), target(e.child("left")), expr(right.child("left"))));
      return;
    }
    out.add(new Stmt.Assign(Span.of(e), target(e.child("left")), expr(right)));
  }

  private void withItem(SyntaxNode item, List<Stmt> out) {
    SyntaxNode value = item.child("value");
    if (value == null) return;
    if (value.type().equals("as_pattern") && value.children().size() >= 2) {
      SyntaxNode alias = value.child("alias");
      SyntaxNode aliasTarget = alias == null || alias.children().isEmpty() ? alias : alias.children().get(0);
      out.add(new Stmt.Assign(Span.of(item), target(aliasTarget), expr(value.children().get(0))));
    } else {
      out.add(new Stmt.Eval(Span.of(item), expr(value)));
    }
  }

  private Stmt ifStatement(SyntaxNode n, List<SyntaxNode> alternatives, int next) {
    List<Stmt> otherwise = new ArrayList<>();
    if (next < alternatives.size()) {
      SyntaxNode alt = alternatives.get(next);
      if (alt.type().equals("elif_clause")) otherwise.add(ifStatement(alt, alternatives, next + 1));
      else otherwise.addAll(block(alt.child("body"), null));
    }
    return new Stmt.If(Span.of(n), expr(n.child("condition")), block(n.child("consequence"), null),
        otherwise);
  }

  private Stmt tryStatement(SyntaxNode n, Span span) {
    List<Stmt> body = block(n.child("body"), null);
    List<List<Stmt>> handlers = new ArrayList<>();
    List<Stmt> always = new ArrayList<>();
    for (SyntaxNode c : n.children()) {
      switch (c.type()) {
        case "except_clause", "except_group_clause" -> {
          SyntaxNode inner = c.firstOfType("block");
          handlers.add(block(inner, null));
        }
        case "else_clause" -> body = concat(body, block(c.child("body"), null));
        case "finally_clause" -> always = block(c.firstOfType("block"), null);
        default -> { }
      }
    }
    return new Stmt.Try(span, body, handlers, always);
  }

  private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
    List<Stmt> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Stmt.FunctionDef function(SyntaxNode n, List<Expr> decorators, String owner) {
    return new Stmt.FunctionDef(Span.of(n), text(n.child("name")), params(n.child("parameters")),
        block(n.child("body"), null), decorators, false, owner);
  }

  private List<Stmt.Param> params(SyntaxNode parameters) {
    List<Stmt.Param> out = new ArrayList<>();
    if (parameters == null) return out;
    for (SyntaxNode p : parameters.children()) {
      switch (p.type()) {
        case "identifier" -> out.add(new Stmt.Param(p.text(), null, null, false));
        case "default_parameter" -> out.add(new Stmt.Param(text(p.child("name")),
            expr(p.child("value")), null, false));
        case "typed_parameter" -> {
          SyntaxNode name = p.children().isEmpty() ? null : p.children().get(0);
          boolean rest = name != null && name.type().endsWith("splat_pattern");
          String id = name == null ? "_" : rest ? text(name.firstOfType("identifier")) : name.text();
          out.add(new Stmt.Param(id, null, text(p.child("type")), rest));
        }
        case "typed_default_parameter" -> out.add(new Stmt.Param(text(p.child("name")),
            expr(p.child("value")), text(p.child("type")), false));
        case "list_splat_pattern", "dictionary_splat_pattern" -> out.add(new Stmt.Param(
            text(p.firstOfType("identifier")), null, null, true));
        default -> { }
      }
    }
    return out;
  }

  private Expr target(SyntaxNode n) {
    if (n == null) return new Expr.Other(new Span("", 1, 0, 1, 0, ""), List.of());
    return switch (n.type()) {
      case "pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list" -> {
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (SyntaxNode c : n.children()) {
          keys.add(null);
          values.add(target(c));
        }
        yield new Expr.Collection(Span.of(n), keys, values);
      }
      case "list_splat_pattern" -> target(n.children().isEmpty() ? null : n.children().get(0));
      default -> expr(n);
    };
  }

  /** Returns the expression a node stands for. */
  Expr expr(SyntaxNode n) {
    if (n == null) return new Expr.Literal(new Span("", 1, 0, 1, 0, ""), null);
    Span span = Span.of(n);
    return switch (n.type()) {
      case "identifier" -> new Expr.Name(span, n.text());
      case "string" -> string(n, span);
      case "concatenated_string" -> new Expr.Concat(span, n.children().stream().map(this::expr).toList());
      case "integer", "float" -> new Expr.Literal(span, number(n.text()));
      case "true" -> new Expr.Literal(span, Boolean.TRUE);
      case "false" -> new Expr.Literal(span, Boolean.FALSE);
      case "none" -> new Expr.Literal(span, null);
      case "attribute" -> new Expr.Member(span, expr(n.child("object")), text(n.child("attribute")));
      case "subscript" -> new Expr.Index(span, expr(n.child("value")), expr(n.child("subscript")));
      case "call" -> call(n, span);
      case "binary_operator" -> {
        String op = text(n.child("operator"));
        List<Expr> operands = List.of(expr(n.child("left")), expr(n.child("right")));
        yield CONCAT_OPERATORS.contains(op) ? new Expr.Concat(span, operands) : new Expr.Clean(span, operands);
      }
      case "comparison_operator" -> comparison(n, span);
      case "boolean_operator" -> "and".equals(text(n.child("operator")))
          ? new Expr.And(span, expr(n.child("left")), expr(n.child("right")))
          : new Expr.Or(span, expr(n.child("left")), expr(n.child("right")));
      case "not_operator" -> new Expr.Not(span, expr(n.child("argument")));
      case "unary_operator" -> new Expr.Clean(span, List.of(expr(n.child("argument"))));
      case "conditional_expression" -> {
        List<SyntaxNode> parts = n.children().stream().filter(SyntaxNode::isNamedNode).toList();
        yield parts.size() < 3 ? new Expr.Other(span, parts.stream().map(this::expr).toList())
            : new Expr.Conditional(span, expr(parts.get(1)), expr(parts.get(0)), expr(parts.get(2)));
      }
      case "list", "set" -> {
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        n.children().forEach(c -> {
          keys.add(null);
          values.add(expr(c));
        });
        yield new Expr.Collection(span, keys, values);
      }
      case "dictionary" -> dictionary(n, span);
      case "lambda" -> {
        Expr body = expr(n.child("body"));
        yield new Expr.Function(span, new Stmt.FunctionDef(span, "", params(n.child("parameters")),
            List.of(new Stmt.Return(body.span(), body)), List.of(), false, null));
      }
      case "parenthesized_expression", "await" -> n.children().isEmpty()
          ? new Expr.Literal(span, null) : expr(n.children().get(0));
      default -> new Expr.Other(span, n.children().stream().filter(SyntaxNode::isNamedNode)
          .map(this::expr).toList());
    };
  }

  private Expr call(SyntaxNode n, Span span) {
    List<Expr.Argument> arguments = new ArrayList<>();
    SyntaxNode args = n.child("arguments");
    if (args != null) {
      for (SyntaxNode a : args.children()) {
        switch (a.type()) {
          case "keyword_argument" -> arguments.add(new Expr.Argument(text(a.child("name")),
              expr(a.child("value")), false));
          case "list_splat", "dictionary_splat" -> arguments.add(new Expr.Argument(null,
              expr(a.children().isEmpty() ? null : a.children().get(0)), true));
          default -> {
            if (a.isNamedNode()) arguments.add(new Expr.Argument(null, expr(a), false));
          }
        }
      }
    }
    return new Expr.Call(span, expr(n.child("function")), arguments, false);
  }

  private Expr comparison(SyntaxNode n, Span span) {
    List<SyntaxNode> operators = n.children("operators");
    List<SyntaxNode> operands = n.children().stream().filter(c -> c.field() == null).toList();
    List<Expr> exprs = operands.stream().map(this::expr).toList();
    if (operators.size() == 1 && operands.size() == 2) {
      String op = Finding.normalise(operators.get(0).text());
      switch (op) {
        case "in" -> {
          return new Expr.Membership(span, exprs.get(0), exprs.get(1), false);
        }
        case "not in" -> {
          return new Expr.Membership(span, exprs.get(0), exprs.get(1), true);
        }
        case "==", "is" -> {
          return new Expr.Compare(span, exprs.get(0), exprs.get(1), true, false);
        }
        case "!=", "is not" -> {
          return new Expr.Compare(span, exprs.get(0), exprs.get(1), true, true);
        }
        default -> { }
      }
    }
    return new Expr.Clean(span, exprs);
  }

  private Expr dictionary(SyntaxNode n, Span span) {
    List<String> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    for (SyntaxNode c : n.children()) {
      if (c.type().equals("pair")) {
        Expr key = expr(c.child("key"));
        keys.add(key instanceof Expr.Literal l && l.value() != null ? String.valueOf(l.value()) : "*");
        values.add(expr(c.child("value")));
      } else {
        keys.add("*");
        values.add(expr(c));
      }
    }
    return new Expr.Collection(span, keys, values);
  }

  private Expr string(SyntaxNode n, Span span) {
    List<Expr> parts = new ArrayList<>();
    StringBuilder constant = new StringBuilder();
    boolean interpolated = false;
    for (SyntaxNode c : n.children()) {
      if (c.type().equals("string_content")) {
        constant.append(c.text());
        parts.add(new Expr.Literal(Span.of(c), c.text()));
      } else if (c.type().equals("interpolation")) {
        interpolated = true;
        parts.add(expr(c.child("expression")));
      }
    }
    return interpolated ? new Expr.Concat(span, parts) : new Expr.Literal(span, constant.toString());
  }

  private static Object number(String text) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static String text(SyntaxNode n) {
    return n == null ? "" : n.text();
  }
}

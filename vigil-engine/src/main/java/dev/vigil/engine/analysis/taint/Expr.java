package dev.vigil.engine.analysis.taint;

import java.util.List;
import java.util.Objects;

/**
 * An expression of the small language the front ends lower Python and JavaScript into: only what
 * matters for taint (names, members, calls, string building, collections, functions, the shapes
 * of conditions that guard). Anything else is {@link Other}, whose value joins its parts.
 */
public sealed interface Expr {
  /** Returns where the expression is. */
  Span span();

  /** A variable or global name. */
  record Name(Span span, String id) implements Expr {}

  /** A literal: a String, Number or Boolean, or null for None/null/undefined. */
  record Literal(Span span, Object value) implements Expr {}

  /** {@code object.name}. */
  record Member(Span span, Expr object, String name) implements Expr {}

  /** {@code object[key]}. */
  record Index(Span span, Expr object, Expr key) implements Expr {}

  /** A call; {@code constructs} for {@code new}. */
  record Call(Span span, Expr callee, List<Argument> arguments, boolean constructs) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** One argument: by position (keyword null) or by keyword; {@code spread} for {@code *a}/{@code ...a}. */
  record Argument(String keyword, Expr value, boolean spread) {
    public Argument {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** A string built from parts: concatenation, formatting, f-strings and template literals. */
  record Concat(Span span, List<Expr> parts) implements Expr {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** {@code c ? a : b} or {@code a if c else b}: each value where the condition says so. */
  record Conditional(Span span, Expr condition, Expr then, Expr otherwise) implements Expr {}

  /** One of several values: {@code a or b}, {@code a ?? b}. */
  record Either(Span span, List<Expr> options) implements Expr {
    public Either {
      options = List.copyOf(options);
    }
  }

  /** A list, tuple, set, array or dict/object literal; keys are null for positional elements. */
  record Collection(Span span, List<String> keys, List<Expr> values) implements Expr {
    public Collection {
      keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
      values = List.copyOf(values);
    }
  }

  /** A function written as an expression: lambda, arrow function, function expression. */
  record Function(Span span, Stmt.FunctionDef definition) implements Expr {}

  /** {@code item in container} (negated for {@code not in}). */
  record Membership(Span span, Expr item, Expr container, boolean negated) implements Expr {}

  /** A comparison; {@code equal} for ==, ===, is; {@code negated} for !=, !==, is not. */
  record Compare(Span span, Expr left, Expr right, boolean equal, boolean negated) implements Expr {}

  /** {@code not x} / {@code !x}. */
  record Not(Span span, Expr operand) implements Expr {}

  /** {@code a and b} / {@code a && b} as a condition; its value is either side. */
  record And(Span span, Expr left, Expr right) implements Expr {}

  /** {@code a or b} / {@code a || b} as a condition; its value is either side. */
  record Or(Span span, Expr left, Expr right) implements Expr {}

  /** An arithmetic or other operation whose result carries no taint (numbers, booleans). */
  record Clean(Span span, List<Expr> operands) implements Expr {
    public Clean {
      operands = List.copyOf(operands);
    }
  }

  /** Anything else: evaluated for its effects, its value joins its parts. */
  record Other(Span span, List<Expr> parts) implements Expr {
    public Other {
      parts = List.copyOf(parts);
    }
  }
}

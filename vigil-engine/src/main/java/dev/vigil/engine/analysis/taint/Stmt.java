package dev.vigil.engine.analysis.taint;

import java.util.List;
import java.util.Objects;

/** A statement of the small language the front ends lower into (see {@link Expr}). */
public sealed interface Stmt {
  /** Returns where the statement is. */
  Span span();

  /** {@code target = value}; targets are names, members and indexes. */
  record Assign(Span span, Expr target, Expr value) implements Stmt {}

  /** An expression evaluated for its effects. */
  record Eval(Span span, Expr expr) implements Stmt {}

  /** {@code if}; {@code otherwise} is empty when there is no else branch. */
  record If(Span span, Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** A loop; for {@code for x in xs} the target and iterable, else both null. */
  record Loop(Span span, Expr target, Expr iterable, List<Stmt> body) implements Stmt {
    public Loop {
      body = List.copyOf(body);
    }
  }

  /** {@code return}, value null when bare. */
  record Return(Span span, Expr value) implements Stmt {}

  /** {@code raise} / {@code throw}: the path ends. */
  record Raise(Span span, Expr value) implements Stmt {}

  /** {@code try} with its handlers and finally block. */
  record Try(Span span, List<Stmt> body, List<List<Stmt>> handlers, List<Stmt> always)
      implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = handlers.stream().map(List::copyOf).toList();
      always = List.copyOf(always);
    }
  }

  /** A parameter: name, default value (or null), annotated type name (or null), rest flag. */
  record Param(String name, Expr defaultValue, String annotation, boolean rest) {
    public Param {
      Objects.requireNonNull(name, "name == null");
    }
  }

  /**
   * A function or method: name (empty for anonymous ones), parameters, body, decorators, whether it
   * is exported (JavaScript) and the class it belongs to (or null).
   */
  record FunctionDef(Span span, String name, List<Param> params, List<Stmt> body,
      List<Expr> decorators, boolean exported, String owner) implements Stmt {
    public FunctionDef {
      params = List.copyOf(params);
      body = List.copyOf(body);
      decorators = List.copyOf(decorators);
    }
  }

  /** A class with its bases and members (methods and other statements). */
  record ClassDef(Span span, String name, List<Expr> bases, List<Stmt> body) implements Stmt {
    public ClassDef {
      bases = List.copyOf(bases);
      body = List.copyOf(body);
    }
  }

  /**
   * Binds {@code alias} to a module ({@code member} null) or to a member of it: {@code import os},
   * {@code from flask import request}, {@code const cp = require('child_process')}.
   */
  record Import(Span span, String module, String member, String alias) implements Stmt {}
}

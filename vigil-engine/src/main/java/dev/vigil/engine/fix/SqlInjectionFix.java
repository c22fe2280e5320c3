package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQL injection by concatenation becomes a parameterised query, in the API the code already uses: a
 * JDBC {@code Statement} becomes a {@code PreparedStatement} with {@code setString}/{@code setInt}
 * before the call; a concatenation into {@code prepareStatement} gets its setters; a
 * {@code JdbcTemplate} call gets the values as its own arguments; a JPA or Hibernate query gets
 * {@code ?1} parameters and {@code setParameter}. The SQL text keeps its constants; only the
 * quotes around each value go.
 */
final class SqlInjectionFix extends JavaFix {
  private static final Set<String> STATEMENT_CALLS = Set.of("executeQuery", "executeUpdate", "execute", "addBatch",
      "executeLargeUpdate");
  private static final Set<String> PREPARE_CALLS = Set.of("prepareStatement", "prepareCall");
  private static final Set<String> TEMPLATE_CALLS = Set.of("query", "queryForList", "queryForObject", "queryForMap",
      "queryForRowSet", "queryForStream", "update", "execute");
  private static final Set<String> QUERY_CALLS = Set.of("createQuery", "createNativeQuery", "createSQLQuery");
  private static final Set<String> STRING_METHODS = Set.of("getParameter", "getHeader", "getValue", "toString", "trim",
      "strip", "toLowerCase", "toUpperCase", "substring", "name", "getPathInfo", "getQueryString");

  SqlInjectionFix() {
    super("java.sql-injection");
  }

  @Override
  String fix(Edit edit) {
    Set<String> sinks = new java.util.HashSet<>(STATEMENT_CALLS);
    sinks.addAll(PREPARE_CALLS);
    sinks.addAll(TEMPLATE_CALLS);
    sinks.addAll(QUERY_CALLS);
    sinks.add("batchUpdate");
    if (!(edit.callAt(sinks) instanceof MethodCallExpr call) || call.getArguments().isEmpty()) {
      throw new NoSafeFix("the SQL sink is not a method call with the SQL text as its first argument");
    }
    Source source = source(call);
    String name = call.getNameAsString();
    Optional<String> receiverType = call.getScope().filter(Expression::isNameExpr)
        .flatMap(scope -> Declarations.typeOf(call, scope.asNameExpr().getNameAsString()));
    if (QUERY_CALLS.contains(name)) return jpa(call, source);
    if (PREPARE_CALLS.contains(name)) return prepared(edit, call, source);
    if (receiverType.map(t -> t.endsWith("JdbcTemplate") || t.equals("JdbcOperations")).orElse(false)
        && !receiverType.get().startsWith("NamedParameter") && TEMPLATE_CALLS.contains(name)) {
      return template(call, source);
    }
    if (receiverType.map(t -> t.equals("Statement")).orElse(false) && STATEMENT_CALLS.contains(name)) {
      return statement(edit, call, source);
    }
    throw new NoSafeFix("the SQL sink " + call.getScope().map(Node::toString).orElse("") + "." + name + "(...) is "
        + "not a JDBC Statement, prepareStatement, JdbcTemplate or JPA query call of a declared type, so the "
        + "parameterised form of its API is unknown");
  }

  /** The concatenated SQL: the expression itself, or a local variable initialised with it. */
  private record Source(Expression concatenation, VariableDeclarator holder) {
    /** Returns where the values were read: the holder's initializer, or the call itself. */
    Node origin(MethodCallExpr call) {
      return holder != null ? holder : call;
    }
  }

  private static Source source(MethodCallExpr call) {
    Expression sql = call.getArgument(0);
    if (sql instanceof NameExpr name) {
      VariableDeclarator holder = Declarations.local(call, name.getNameAsString())
          .orElseThrow(() -> new NoSafeFix("the SQL text " + name + " is not a local variable of this method"));
      if (holder.getInitializer().isEmpty() || Declarations.assignedAfter(call, name.getNameAsString(), holder)) {
        throw new NoSafeFix("the SQL text " + name + " is built in several steps, so its values cannot be moved to "
            + "bind parameters without rewriting how it is built");
      }
      sql = holder.getInitializer().get();
      if (!SqlText.isConcatenation(sql)) throw notConcatenation(sql);
      return new Source(sql, holder);
    }
    if (!SqlText.isConcatenation(sql)) throw notConcatenation(sql);
    return new Source(sql, null);
  }

  private static NoSafeFix notConcatenation(Expression sql) {
    return new NoSafeFix("the SQL text is built by " + describe(sql) + ", not by concatenation here, so the "
        + "values to bind are not visible at the call");
  }

  private static String describe(Expression sql) {
    if (sql instanceof MethodCallExpr m) {
      return m.getNameAsString().equals("format") ? "a format string" : "a call of " + m.getNameAsString() + "()";
    }
    return sql.getClass().getSimpleName().replace("Expr", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static SqlText parameterise(Source source, MethodCallExpr call, java.util.function.IntFunction<String> placeholder) {
    SqlText text = SqlText.parameterise(source.concatenation(), placeholder);
    if (source.holder() != null) {
      for (SqlText.Bound bound : text.bound()) {
        for (String name : Declarations.names(bound.value())) {
          if (Declarations.assignedAfter(call, name, source.holder())) {
            throw new NoSafeFix("the value " + name + " changes between building the SQL text and running it");
          }
        }
      }
    }
    return text;
  }

  private static void replaceText(Source source, MethodCallExpr call, SqlText text) {
    if (source.holder() != null) source.holder().setInitializer(text.text());
    else call.setArgument(0, text.text());
  }

  private String jpa(MethodCallExpr call, Source source) {
    SqlText text = parameterise(source, call, i -> "?" + i);
    replaceText(source, call, text);
    Expression chained = call.clone();
    for (int i = 0; i < text.bound().size(); i++) {
      chained = new MethodCallExpr(chained, "setParameter",
          new NodeList<>(new IntegerLiteralExpr(String.valueOf(i + 1)), text.bound().get(i).withWildcards()));
    }
    call.replace(chained);
    return "Binds " + values(text) + " as positional query parameters (setParameter) instead of writing them into "
        + "the query text, so they can no longer change the query.";
  }

  private String template(MethodCallExpr call, Source source) {
    if (call.getNameAsString().equals("execute") && call.getArguments().size() > 1) {
      throw new NoSafeFix("JdbcTemplate.execute with a callback has no form with bind arguments");
    }
    if (source.concatenation().findAll(StringLiteralExpr.class).stream().anyMatch(l -> l.getValue().contains("?"))
        || call.getArguments().size() > 2) {
      throw new NoSafeFix("the JdbcTemplate call already binds arguments, so new ones cannot be appended safely");
    }
    SqlText text = parameterise(source, call, i -> "?");
    replaceText(source, call, text);
    text.bound().forEach(b -> call.addArgument(b.withWildcards()));
    if (call.getNameAsString().equals("execute")) call.setName("update");
    return "Passes " + values(text) + " to JdbcTemplate as bind arguments instead of writing them into the SQL "
        + "text, so they can no longer change the statement.";
  }

  private String prepared(Edit edit, MethodCallExpr call, Source source) {
    VariableDeclarator statement = call.getParentNode().filter(p -> p instanceof VariableDeclarator)
        .map(p -> (VariableDeclarator) p)
        .orElseThrow(() -> new NoSafeFix("the prepared statement is not held in a variable, so its parameters "
            + "cannot be set before it runs"));
    String name = statement.getNameAsString();
    Node body = JavaUnit.enclosingMember(call).orElseThrow();
    if (!body.findAll(MethodCallExpr.class, m -> m.getNameAsString().startsWith("set")
        && m.getScope().map(s -> s.toString().equals(name)).orElse(false)).isEmpty()) {
      throw new NoSafeFix("the prepared statement already binds parameters, so the new ones' positions are unknown");
    }
    SqlText text = parameterise(source, call, i -> "?");
    replaceText(source, call, text);
    List<Statement> setters = setters(name, text, call);
    Node holder = statement.getParentNode().orElseThrow();
    if (holder.getParentNode().orElse(null) instanceof TryStmt tryStmt && tryStmt.getResources().contains(holder)) {
      Statement first = tryStmt.getTryBlock().getStatements().getFirst()
          .orElseThrow(() -> new NoSafeFix("the prepared statement's try block is empty: nothing runs it"));
      setters.forEach(setter -> edit.unit().insertBefore(first, setter));
    } else if (holder.getParentNode().orElse(null) instanceof ExpressionStmt declaration
        && declaration.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.BlockStmt) {
      setters.forEach(setter -> edit.unit().insertAfter(declaration, setter));
    } else {
      throw new NoSafeFix("the prepared statement is declared where no statement can follow it");
    }
    return "Binds " + values(text) + " as parameters of the prepared statement instead of writing them into its "
        + "SQL text, so they can no longer change the statement.";
  }

  private String statement(Edit edit, MethodCallExpr call, Source source) {
    String name = call.getScope().orElseThrow().asNameExpr().getNameAsString();
    VariableDeclarator declared = Declarations.local(call, name)
        .filter(v -> v.getInitializer().filter(i -> i instanceof MethodCallExpr m
            && m.getNameAsString().equals("createStatement") && m.getArguments().isEmpty()).isPresent())
        .orElseThrow(() -> new NoSafeFix("the Statement " + name + " is not created by createStatement() in this "
            + "method, so it cannot become a PreparedStatement here"));
    Node body = JavaUnit.enclosingMember(call).orElseThrow();
    long uses = body.findAll(MethodCallExpr.class, m -> STATEMENT_CALLS.contains(m.getNameAsString())
        && m.getScope().map(s -> s.toString().equals(name)).orElse(false)).size();
    if (uses != 1) {
      throw new NoSafeFix("the Statement " + name + " runs " + uses + " SQL texts; a PreparedStatement holds one, "
          + "so the fix needs one prepared statement per text");
    }
    SqlText text = parameterise(source, call, i -> "?");
    replaceText(source, call, text);
    MethodCallExpr creation = declared.getInitializer().get().asMethodCallExpr();
    Expression sqlArgument = source.holder() != null
        && source.holder().getBegin().get().isBefore(declared.getBegin().get())
        ? new NameExpr(source.holder().getNameAsString()) : text.text().clone();
    creation.replace(new MethodCallExpr(creation.getScope().map(Expression::clone).orElse(null), "prepareStatement",
        new NodeList<>(sqlArgument)));
    edit.unit().addImport("java.sql.PreparedStatement");
    declared.setType(StaticJavaParser.parseClassOrInterfaceType("PreparedStatement"));
    call.setArguments(new NodeList<>());
    if (call.findAncestor(VariableDeclarationExpr.class).flatMap(Node::getParentNode)
        .filter(p -> p instanceof TryStmt tryStmt && tryStmt.getResources().stream().anyMatch(r -> r.isAncestorOf(call)))
        .isPresent()) {
      throw new NoSafeFix("the query runs in a try-with-resources header, where no setter can precede it: the "
          + "result set must move into the try block, which a person should do");
    }
    Statement anchor = JavaUnit.enclosingBlockStatement(call)
        .orElseThrow(() -> new NoSafeFix("the statement runs where no setter can precede it"));
    for (Statement setter : setters(name, text, call)) edit.unit().insertBefore(anchor, setter);
    return "Makes " + name + " a PreparedStatement and binds " + values(text) + " as its parameters instead of "
        + "writing them into the SQL text, so they can no longer change the statement.";
  }

  private static List<Statement> setters(String statement, SqlText text, Node use) {
    List<Statement> setters = new java.util.ArrayList<>();
    for (int i = 0; i < text.bound().size(); i++) {
      SqlText.Bound bound = text.bound().get(i);
      Optional<String> type = type(bound.value(), use);
      String setter;
      Expression value = bound.withWildcards();
      if (bound.quoted() || type.map(t -> t.equals("String")).orElse(false)) {
        setter = "setString";
        if (!type.map(t -> t.equals("String")).orElse(false) && bound.prefix().isEmpty() && bound.suffix().isEmpty()) {
          value = new MethodCallExpr(new NameExpr("String"), "valueOf", new NodeList<>(value));
        }
      } else {
        setter = type.map(t -> switch (t) {
          case "int", "Integer" -> "setInt";
          case "long", "Long" -> "setLong";
          default -> "setObject";
        }).orElse("setObject");
      }
      setters.add(new ExpressionStmt(new MethodCallExpr(new NameExpr(statement), setter,
          new NodeList<>(new IntegerLiteralExpr(String.valueOf(i + 1)), value))));
    }
    return setters;
  }

  private static Optional<String> type(Expression value, Node use) {
    if (value instanceof NameExpr name) return Declarations.typeOf(use, name.getNameAsString());
    if (value instanceof MethodCallExpr call && STRING_METHODS.contains(call.getNameAsString())) return Optional.of("String");
    return Optional.empty();
  }

  private static String values(SqlText text) {
    return text.bound().stream().map(b -> b.value().toString()).collect(java.util.stream.Collectors.joining(", "));
  }
}

package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.vigil.engine.analysis.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a condition proves about variables on each branch: equal to a trusted value, contained in
 * a trusted (allow-list) collection (also as {@code v.toLowerCase(Locale.ROOT)}), matching an
 * anchored regex, accepted by a validator, free of {@code ..}, made only of digits or letters,
 * starting with a fixed origin ({@code https://host/}, a literal or a constant), or a canonical
 * path that starts with a base folder, empty ({@code isEmpty}, {@code !isNotEmpty}) or null. Facts
 * combine through {@code !}, {@code &&} and {@code ||} (both sides of an {@code ||} must prove a
 * fact for it to hold, except a side only an open escape hatch makes true, see {@link
 * EscapeHatches}); a boolean local stands for its definition ({@link LocalDefinitions}). On the branch where a fact
 * holds, the variable is sanitized for every kind, or for path injection only (or for open
 * redirects, when it starts with {@code /} and not with {@code //}).
 */
final class Guards {
  private static final Set<String> ALL = Set.of("all");
  /** Pseudo-kinds: a path known to start with one slash but not two is a local redirect. */
  private static final String ROOTED = "#rooted";
  private static final String SINGLE_SLASH = "#single-slash";
  /** Kinds a path guard clears: traversal from input and zip slip from archive entries. */
  private static final Set<String> PATH = Set.of("path-injection", "zip-slip");
  private static final Set<String> CANONICALISERS =
      Set.of("getCanonicalPath", "getCanonicalFile", "toRealPath", "normalize");
  private static final Pattern VALIDATOR = Pattern.compile(
      "(?i)(is|check)?(valid|safe|allowed|whitelisted|allowlisted|permitted|numeric|digits|alpha"
          + "|alphanumeric|alphanumericspace|creatable|parsable)\\w*");
  private static final Set<String> IDENTIFYING_GETTERS = Set.of("getHost", "getAuthority",
      "getFileName", "toString", "trim", "strip", "toLowerCase", "toUpperCase");
  /** Case mappings keep an allow-listed value's characters; their Locale argument changes nothing. */
  private static final Set<String> CASE_MAPPINGS = Set.of("toLowerCase", "toUpperCase");
  private static final Set<String> PATH_GETTERS =
      Set.of("getPath", "getAbsolutePath", "toPath", "toString", "toFile");
  /** Calls that keep naming the same file: {@code new File(p)}, {@code f.toPath()}, {@code fp.getRemote()}. */
  private static final Set<String> SAME_FILE = Set.of("getPath", "getAbsolutePath", "getAbsoluteFile",
      "toAbsolutePath", "toPath", "toFile", "toString", "getRemote");
  private static final Pattern GETTER = Pattern.compile("(get|is)[A-Z]\\w*");
  private static final Pattern CHARACTER_CLASSES = Pattern.compile("isDigit|isLetterOrDigit|isLetter|isAlphabetic");
  private static final Pattern TRAVERSAL = Pattern.compile("\\.\\.|/|\\\\");
  /** Emptiness tests ({@code s.isEmpty()}, {@code StringUtils.isEmpty(s)}) and their negations. */
  private static final Set<String> EMPTY = Set.of("isEmpty", "isNullOrEmpty");
  private static final Set<String> NOT_EMPTY = Set.of("isNotEmpty", "hasLength");

  private Guards() {}

  /** Sanitizes, in {@code s}, what {@code cond} proves when it evaluates to {@code outcome}. */
  static void refine(MethodInterpreter in, Expression cond, State s, boolean outcome) {
    Map<String, Set<String>> facts = facts(in, cond, s, outcome);
    if (facts == null) return; // only with an escape hatch open: nothing proven
    facts.forEach((key, kinds) -> {
      Set<String> real = new HashSet<>(kinds);
      real.removeIf(k -> k.startsWith("#"));
      if (kinds.contains(ROOTED) && kinds.contains(SINGLE_SLASH)) real.add("open-redirect");
      if (!real.isEmpty()) sanitizeKey(in, key, s, real, cond);
    });
  }

  /** Sanitizes the selector inside a switch case whose labels are constants. */
  static void refineCase(MethodInterpreter in, Expression selector, SwitchEntry entry, State s) {
    if (entry.getLabels().isEmpty()) return;
    for (Expression l : entry.getLabels()) if (!(l instanceof LiteralExpr)) return;
    String key = in.variableKey(unwrap(selector));
    if (key != null) sanitizeKey(in, key, s, ALL, selector);
  }

  /**
   * Returns what {@code cond} proves when it is {@code outcome}, or null where it can only be so
   * with an escape hatch open (not by default): such a side of an {@code ||} proves nothing against
   * the other, and makes an {@code &&} prove nothing.
   */
  private static Map<String, Set<String>> facts(MethodInterpreter in, Expression cond, State s,
      boolean outcome) {
    Expression c = unwrap(cond);
    Map<String, Set<String>> facts = new HashMap<>();
    if (c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return facts(in, u.getExpression(), s, !outcome);
    }
    if (EscapeHatches.isOffByDefault(in, c)) return outcome ? null : facts;
    Expression definition = c instanceof NameExpr n ? LocalDefinitions.of(in, n) : null;
    if (definition != null) return facts(in, definition, s, outcome);
    if (c instanceof BinaryExpr b) {
      BinaryExpr.Operator op = b.getOperator();
      if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
        Map<String, Set<String>> l = facts(in, b.getLeft(), s, outcome);
        Map<String, Set<String>> r = facts(in, b.getRight(), s, outcome);
        boolean both = (op == BinaryExpr.Operator.AND) == outcome;
        if (l == null || r == null) return both ? null : l == null ? r : l;
        return both ? union(l, r) : intersection(l, r);
      }
      Boolean found = indexFound(in, b, s, outcome);
      if (found != null) {
        MethodCallExpr indexOf = (MethodCallExpr) unwrap(b.getLeft());
        call(in, indexOf.clone().setName("contains"), s, found, facts);
        return facts;
      }
      if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
        boolean equal = (op == BinaryExpr.Operator.EQUALS) == outcome;
        // equal to a trusted value, or null (a null value carries nothing)
        if (equal && in.isTrusted(b.getRight(), s)) add(in, facts, b.getLeft(), ALL);
        else if (equal && in.isTrusted(b.getLeft(), s)) add(in, facts, b.getRight(), ALL);
      }
      return facts;
    }
    if (c instanceof MethodCallExpr m) call(in, m, s, outcome, facts);
    return facts;
  }

  private static void call(MethodInterpreter in, MethodCallExpr m, State s, boolean outcome,
      Map<String, Set<String>> facts) {
    String name = m.getNameAsString();
    Expression scope = m.getScope().orElse(null);
    int arity = m.getArguments().size();
    Expression arg0 = arity > 0 ? m.getArgument(0) : null;
    if (arity <= 1 && EMPTY.contains(name) == outcome && (EMPTY.contains(name) || NOT_EMPTY.contains(name))) {
      add(in, facts, arity == 0 ? scope : arg0, ALL); // an empty value carries nothing
    }
    switch (name) {
      case "equals", "equalsIgnoreCase", "contentEquals" -> {
        if (!outcome || scope == null || arg0 == null) return;
        if (in.isTrusted(arg0, s)) add(in, facts, scope, ALL);
        else if (in.isTrusted(scope, s)) add(in, facts, arg0, ALL);
      }
      case "contains", "containsKey", "containsValue" -> {
        if (scope == null || arg0 == null) return;
        if (outcome && in.isTrusted(scope, s) && !(unwrap(scope) instanceof LiteralExpr)) {
          addThroughGetter(in, facts, arg0, ALL);
        } else if (!outcome && unwrap(arg0) instanceof LiteralExpr l
            && TRAVERSAL.matcher(String.valueOf(Constants.literal(l))).find()) {
          addWithDerived(in, facts, scope, s);
        } else if (!outcome && arity == 2 && unwrap(m.getArgument(1)) instanceof LiteralExpr l
            && TRAVERSAL.matcher(String.valueOf(Constants.literal(l))).find()) {
          addWithDerived(in, facts, arg0, s); // StringUtils.contains(name, "..")
        }
      }
      case "matches" -> {
        if (!outcome) return;
        if (scope != null && arity == 1 && anchored(arg0)) add(in, facts, scope, ALL);
        else if (arity == 2 && anchored(arg0)) add(in, facts, m.getArgument(1), ALL);
        else if (arity == 0 && unwrap(scope) instanceof MethodCallExpr matcher
            && matcher.getNameAsString().equals("matcher") && matcher.getArguments().size() == 1) {
          add(in, facts, matcher.getArgument(0), ALL);
        }
      }
      case "startsWith" -> {
        if (scope == null) return;
        Object prefix = arg0 == null ? null : in.constantOf(arg0, s);
        if (outcome && "/".equals(prefix)) add(in, facts, scope, Set.of(ROOTED));
        // a prefix that fixes scheme and host: a constant one or the site's configured root URL
        boolean fixedOrigin = prefix instanceof String p && UrlPrefixes.fixesOrigin(p)
            || arg0 != null && UrlPrefixes.isSiteRoot(unwrap(arg0));
        if (outcome && fixedOrigin) {
          add(in, facts, scope, Set.of("ssrf", "open-redirect"));
        }
        if (!outcome && "//".equals(prefix)) add(in, facts, scope, Set.of(SINGLE_SLASH));
        if (!outcome) return;
        Expression x = unwrap(scope);
        if (x instanceof MethodCallExpr mc && mc.getScope().isPresent()
            && CANONICALISERS.contains(mc.getNameAsString())) {
          add(in, facts, mc.getScope().get(), PATH);
          return;
        }
        if (x instanceof MethodCallExpr getter && getter.getArguments().isEmpty()
            && getter.getScope().isPresent() && PATH_GETTERS.contains(getter.getNameAsString())) {
          x = unwrap(getter.getScope().get());
        }
        String key = in.variableKey(x);
        String canonicalOf = key == null ? null : in.valueOf(key, s).canonicalOf();
        if (canonicalOf != null) {
          facts.put(key, PATH);
          if (!canonicalOf.isEmpty()) facts.put(canonicalOf, PATH);
        }
      }
      case "allMatch" -> {
        if (outcome && unwrap(scope) instanceof MethodCallExpr chars
            && Set.of("chars", "codePoints").contains(chars.getNameAsString())
            && chars.getScope().isPresent() && arg0 != null
            && CHARACTER_CLASSES.matcher(arg0.toString()).find()) {
          add(in, facts, chars.getScope().get(), ALL);
        }
      }
      default -> {
        if (outcome && VALIDATOR.matcher(name).matches()) {
          for (Expression a : m.getArguments()) add(in, facts, throughGetter(a), ALL);
          if (arity == 0 && scope != null) add(in, facts, scope, ALL);
        }
        in.checksOf(m, outcome).forEach((i, kinds) -> {
          if (i < arity) add(in, facts, throughGetter(m.getArgument(i)), kinds);
        });
      }
    }
  }

  /**
   * Sanitizes what a call proves by completing normally: {@code new URL(x).toURI()} (also through
   * a local {@code u = new URL(x)}) succeeds only for a protocol the JDK has a handler for (http,
   * https, ftp, file, jar, mailto: never javascript: or data:) and URI syntax (no quote, angle
   * bracket or space), so {@code x} is safe inside a quoted HTML link. Its host is anyone's, so
   * redirects and outbound requests stay unsafe; {@code new URI(x)} alone accepts javascript:.
   */
  static void completed(MethodInterpreter in, MethodCallExpr call, State s) {
    if (!call.getNameAsString().equals("toURI") || !call.getArguments().isEmpty()) return;
    Expression scope = call.getScope().map(Guards::unwrap).orElse(null);
    if (scope instanceof NameExpr n) scope = unwrap(LocalDefinitions.of(in, n));
    if (scope instanceof ObjectCreationExpr url && url.getType().getNameAsString().equals("URL")
        && url.getArguments().size() == 1) {
      String key = in.variableKey(unwrap(url.getArgument(0)));
      if (key != null && s.has(key)) {
        sanitize(in, key, s, Set.of("xss"), call, "proven a well-formed URL by " + Finding.normalise(call.toString()));
      }
    }
  }

  /**
   * Returns whether {@code b}, a comparison of {@code x.indexOf(literal)} with -1 or 0, means the
   * literal was found ({@code != -1}, {@code >= 0}, {@code > -1}) when it is {@code outcome}, or null.
   */
  private static Boolean indexFound(MethodInterpreter in, BinaryExpr b, State s, boolean outcome) {
    if (!(unwrap(b.getLeft()) instanceof MethodCallExpr m) || !m.getNameAsString().equals("indexOf")
        || m.getArguments().isEmpty() || !(in.constantOf(b.getRight(), s) instanceof Number n)) {
      return null;
    }
    long bound = n.longValue();
    Boolean found = switch (b.getOperator()) {
      case NOT_EQUALS -> bound == -1 ? Boolean.TRUE : null;
      case EQUALS -> bound == -1 ? Boolean.FALSE : null;
      case GREATER_EQUALS -> bound == 0 ? Boolean.TRUE : null;
      case GREATER -> bound == -1 ? Boolean.TRUE : null;
      case LESS -> bound == 0 ? Boolean.FALSE : null;
      default -> null;
    };
    return found == null ? null : found == outcome;
  }

  /** Returns true if {@code name()} called with {@code arity} arguments names the same file as its receiver ({@code toPath()}). */
  static boolean keepsFile(String name, int arity) {
    return arity == 0 && SAME_FILE.contains(name);
  }

  /** Returns the object a getter reads from ({@code form} for {@code form.getPath()}), or {@code e}. */
  static Expression throughGetter(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
        && GETTER.matcher(m.getNameAsString()).matches()) {
      return unwrap(m.getScope().get());
    }
    return x;
  }

  /**
   * Returns the expression whose file a path expression still names: {@code f} for
   * {@code new File(f.getRemote())} or {@code f.toPath()}, so canonicalising it proves something of {@code f}.
   */
  static Expression pathRoot(Expression e) {
    Expression x = unwrap(e);
    for (int depth = 0; depth < 8; depth++) {
      if (x instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("File")
          && o.getArguments().size() == 1) {
        x = unwrap(o.getArgument(0));
      } else if (x instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
          && SAME_FILE.contains(m.getNameAsString())) {
        x = unwrap(m.getScope().get());
      } else {
        break;
      }
    }
    return x;
  }

  /**
   * Adds the path fact for a name proven free of {@code ..} and separators, and for the variables
   * built from it: they carry every taint it carries ({@code file = new File(dir, name)}), so a
   * check written as "no '..' in name, or file is contained" proves {@code file} either way.
   */
  private static void addWithDerived(MethodInterpreter in, Map<String, Set<String>> facts,
      Expression e, State s) {
    add(in, facts, e, PATH);
    String key = in.variableKey(unwrap(e));
    if (key == null || !s.has(key) || !s.get(key).tainted()) return;
    Set<String> origin = new HashSet<>();
    s.get(key).taints().forEach(t -> origin.add(t.identity()));
    for (String other : s.variables()) {
      Set<String> carried = new HashSet<>();
      s.get(other).taints().forEach(t -> carried.add(t.identity()));
      if (!other.equals(key) && carried.containsAll(origin)) facts.merge(other, PATH, Guards::unionKinds);
    }
  }

  private static void add(MethodInterpreter in, Map<String, Set<String>> facts, Expression e,
      Set<String> kinds) {
    String key = in.variableKey(unwrap(e));
    if (key != null) facts.merge(key, kinds, Guards::unionKinds);
  }

  /** Adds a fact about {@code e}, or about {@code v} when {@code e} is {@code v.getHost()} or similar. */
  private static void addThroughGetter(MethodInterpreter in, Map<String, Set<String>> facts,
      Expression e, Set<String> kinds) {
    Expression x = unwrap(e);
    if (x instanceof MethodCallExpr getter && getter.getScope().isPresent()
        && IDENTIFYING_GETTERS.contains(getter.getNameAsString())
        && (getter.getArguments().isEmpty() || CASE_MAPPINGS.contains(getter.getNameAsString()))) {
      x = unwrap(getter.getScope().get());
    }
    String key = in.variableKey(x);
    if (key != null) facts.merge(key, kinds, Guards::unionKinds);
  }

  private static Set<String> unionKinds(Set<String> a, Set<String> b) {
    if (a.contains("all") || b.contains("all")) return ALL;
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static Map<String, Set<String>> union(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<String, Set<String>> u = new HashMap<>(a);
    b.forEach((k, v) -> u.merge(k, v, Guards::unionKinds));
    return u;
  }

  private static Map<String, Set<String>> intersection(Map<String, Set<String>> a,
      Map<String, Set<String>> b) {
    Map<String, Set<String>> i = new HashMap<>();
    a.forEach((k, v) -> {
      Set<String> w = b.get(k);
      if (w == null) return;
      if (v.contains("all")) i.put(k, w);
      else if (w.contains("all")) i.put(k, v);
      else {
        Set<String> both = new HashSet<>(v);
        both.retainAll(w);
        if (!both.isEmpty()) i.put(k, both);
      }
    });
    return i;
  }

  private static boolean anchored(Expression regex) {
    Object c = regex == null ? null : Constants.literal(unwrap(regex));
    if (!(c instanceof String r)) return regex != null && !(unwrap(regex) instanceof LiteralExpr);
    return !r.contains(".*") && !r.contains(".+") && !r.contains("\\S") && !r.contains("[^");
  }

  /** Returns the condition of the {@code if} whose then-branch is {@code r} or a block holding it, or null. */
  static Expression condition(ReturnStmt r) {
    Node branch = r;
    Node parent = r.getParentNode().orElse(null);
    if (parent instanceof BlockStmt b) {
      branch = b;
      parent = b.getParentNode().orElse(null);
    }
    return parent instanceof IfStmt i && i.getThenStmt() == branch ? i.getCondition() : null;
  }

  /** Returns {@code e} without its enclosing parentheses. */
  static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    return x;
  }

  private static void sanitizeKey(MethodInterpreter in, String key, State s, Set<String> kinds,
      Expression cond) {
    sanitize(in, key, s, kinds, cond, "checked by " + Finding.normalise(cond.toString()));
  }

  /** Sanitizes a variable for some kinds ({@code all} removes its taint), noting {@code how}. */
  static void sanitize(MethodInterpreter in, String key, State s, Set<String> kinds, Node at,
      String how) {
    if (!s.has(key)) s.set(key, in.readName(key, s));
    if (kinds.contains("all")) {
      s.transform(key, v -> v.mapTaints(t -> null));
      return;
    }
    FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, in.path(), at, how + " for "
        + String.join(", ", kinds) + " only");
    s.transform(key, v -> v.mapTaints(t -> t.sanitizedFor(kinds, step)));
  }
}

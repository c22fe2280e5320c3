package dev.vigil.engine.analysis.taint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which input of a call a model row means, as written in the YAML rows: {@code Argument[0]},
 * {@code Argument[0,url]} (position or keyword), {@code Argument[shell]} (keyword),
 * {@code Argument[1..]}, {@code Argument[last]}, {@code Argument} (any), an element of a literal
 * collection argument {@code Argument[0][0]} or {@code Argument[2].shell}, {@code Qualifier} (the
 * receiver), {@code Assigned} (the value assigned to an attribute), {@code ReturnValue} (a
 * handler's return). A condition may follow: {@code when|unless <input>=~<regex>}, matched against
 * the text of a constant or the API name of that input.
 */
record Input(Where where, int position, String keyword, boolean rest, String element,
    Condition condition) {
  /**
   * The places an input can be; {@code CONTEXT}, {@code FUNCTION} and {@code GLOBAL} are what
   * surrounds a call (see {@link Site}).
   */
  enum Where {
    ARGUMENT, ANY_ARGUMENT, LAST_ARGUMENT, QUALIFIER, ASSIGNED, RETURN_VALUE, CONTEXT, FUNCTION, GLOBAL
  }

  /**
   * A condition on another input's constant text or API name ({@code =~ regex}), or that it is a
   * non-empty constant string ({@code is constant}, pattern null), or that it is given at all
   * ({@code is present}, pattern {@link #PRESENT}), or that it holds data of a real source
   * ({@code is untrusted}, pattern {@link #UNTRUSTED}).
   */
  record Condition(boolean negated, Input input, Pattern pattern) {}

  /**
   * The values of one call or attribute assignment that misuse conditions read: receiver,
   * arguments, the value assigned (or null), its context (the statement's code and the enclosing
   * function's name, camelCase split into snake_case and lower-cased: {@code resetToken = ...}
   * reads {@code reset_token = ...}) and its {@link Scope}.
   */
  record Site(Value receiver, List<Value> positional, java.util.Map<String, Value> keywords,
      Value assigned, String context, Scope scope) {}

  /**
   * What surrounds a site: the code of the enclosing function's statements or of the module's
   * ({@code Function}), and the module's variables as the top level leaves them
   * ({@code Global[NAME]}; null while the top level or a function runs).
   */
  record Scope(String body, java.util.function.Function<String, Value> globals) {}

  private static final Pattern PRESENT = Pattern.compile("(?s).*");
  private static final Pattern UNTRUSTED = Pattern.compile("(?s)untrusted");
  private static final Pattern SPEC = Pattern.compile("(Argument|Qualifier|Assigned|ReturnValue|Context"
      + "|Function|Global)(?:\\[([^\\]]*)\\])?(?:\\[(\\w+)\\]|\\.([\\w*-]+(?:\\.[\\w*-]+)*))?");
  private static final Pattern CLAUSE = Pattern.compile(
      "\\s*(when|unless)\\s+(.+?)(?=\\s+(?:when|unless)\\s|\\s*$)");

  /**
   * Parses the conditions of a misuse row: clauses {@code when|unless <input>=~<regex>} or
   * {@code when|unless <input> is constant|present}, all of which must hold; "" for none.
   */
  static List<Condition> conditions(String text) {
    List<Condition> all = new java.util.ArrayList<>();
    var m = CLAUSE.matcher(text.strip());
    int end = 0;
    while (m.find()) {
      if (m.start() != end) break;
      all.add(condition(m.group(1).equals("unless"), m.group(2)));
      end = m.end();
    }
    if (end != text.strip().length()) {
      throw new IllegalArgumentException("not a list of when/unless conditions: '" + text + "'");
    }
    return List.copyOf(all);
  }

  private static Condition condition(boolean negated, String rest) {
    if (rest.endsWith(" is untrusted")) {
      return new Condition(negated, parseBare(rest.substring(0, rest.length() - 13).strip()), UNTRUSTED);
    }
    if (rest.endsWith(" is present")) {
      return new Condition(negated, parseBare(rest.substring(0, rest.length() - 11).strip()), PRESENT);
    }
    if (rest.endsWith(" is constant")) {
      return new Condition(negated, parseBare(rest.substring(0, rest.length() - 12).strip()), null);
    }
    int op = rest.indexOf("=~");
    if (op < 0) throw new IllegalArgumentException("condition needs '=~' or 'is constant': " + rest);
    return new Condition(negated, parseBare(rest.substring(0, op).strip()),
        Pattern.compile(rest.substring(op + 2).strip()));
  }

  /**
   * Returns true if every condition holds at {@code site}. An element of an argument that is
   * neither a literal collection nor a constant ({@code res.cookie(n, v, options)}) is unknown,
   * and a condition on it never holds, negated or not; so is a module variable while a function
   * runs.
   */
  static boolean hold(List<Condition> conditions, Site site) {
    for (Condition c : conditions) {
      boolean matched = false;
      String text = switch (c.input.where) {
        case CONTEXT -> site.context();
        case FUNCTION -> site.scope().body();
        default -> null;
      };
      if (text != null) {
        matched = c.pattern != null && c.pattern.matcher(text).matches();
      } else {
        List<Value> bases = bases(c.input, site);
        if (bases == null) return false;
        for (Value base : bases) {
          List<Value> values = c.input.element == null ? List.of(base) : elements(base, c.input.element);
          if (values == null) return false;
          for (Value v : values) matched |= matches(c, v);
        }
      }
      if (matched == c.negated) return false;
    }
    return true;
  }

  /** Returns the values an input of a condition selects at a site, or null if they are unknown. */
  private static List<Value> bases(Input input, Site site) {
    if (input.where == Where.GLOBAL) {
      if (site.scope().globals() == null) return null;
      Value v = site.scope().globals().apply(input.keyword);
      return v == null ? List.of() : List.of(v);
    }
    if (input.where == Where.ASSIGNED) return site.assigned() == null ? List.of() : List.of(site.assigned());
    Input bare = new Input(input.where, input.position, input.keyword, input.rest, null, null);
    return bare.select(site.receiver(), site.positional(), site.keywords());
  }

  /**
   * Returns the elements at a dotted path ({@code cookie.secure}; {@code *} is any key) of nested
   * literal collections: none where a collection on the way lacks the key (or a constant stands
   * there), null if a value that is neither stands there ({@code cookie: options}).
   */
  private static List<Value> elements(Value base, String path) {
    List<Value> current = List.of(base);
    for (String key : path.split("\\.")) {
      List<Value> next = new java.util.ArrayList<>();
      for (Value v : current) {
        if (!v.isCollection()) {
          if (v.constant() == null) return null;
        } else if (key.equals("*")) {
          next.addAll(v.elements().values());
        } else if (v.element(key) != null) {
          next.add(v.element(key));
        }
      }
      current = next;
    }
    return current;
  }

  /**
   * Returns where a misuse whose {@code conditions} hold is shown: the literal element a condition
   * on an element path names, written in place ({@code password: 'x'} inside a multi-line
   * {@code new Pool({...})}), or null to show the call or assignment itself.
   */
  static Span anchor(List<Condition> conditions, List<Expr.Argument> arguments, Expr assigned) {
    for (Condition c : conditions) {
      if (c.negated || c.input.element == null) continue;
      Expr base = c.input.where == Where.ASSIGNED ? assigned : argument(c.input, arguments);
      Expr found = base == null ? null : written(base, List.of(c.input.element.split("\\.")));
      if (found != null) return found.span();
    }
    return null;
  }

  private static Expr argument(Input input, List<Expr.Argument> arguments) {
    List<Expr> positional = arguments.stream().filter(a -> a.keyword() == null).map(Expr.Argument::value).toList();
    if (input.where == Where.LAST_ARGUMENT) return positional.isEmpty() ? null : positional.get(positional.size() - 1);
    if (input.where != Where.ARGUMENT || input.rest) return null;
    if (input.position >= 0 && input.position < positional.size()) return positional.get(input.position);
    return arguments.stream().filter(a -> a.keyword() != null && a.keyword().equals(input.keyword))
        .map(Expr.Argument::value).findFirst().orElse(null);
  }

  /** Returns the expression at a key path of nested collection literals ({@code *} is any key), or null. */
  private static Expr written(Expr e, List<String> path) {
    if (path.isEmpty()) return e;
    if (!(e instanceof Expr.Collection c)) return null;
    for (int i = 0; i < c.values().size(); i++) {
      String key = c.keys().get(i) == null ? String.valueOf(i) : c.keys().get(i);
      if (!path.get(0).equals("*") && !path.get(0).equals(key)) continue;
      Expr found = written(c.values().get(i), path.subList(1, path.size()));
      if (found != null) return found;
    }
    return null;
  }

  private static boolean matches(Condition c, Value v) {
    if (c.pattern == PRESENT) return true;
    if (c.pattern == UNTRUSTED) return v.taints().stream().anyMatch(t -> !t.symbolic());
    if (c.pattern == null) return v.constant() instanceof String s && !s.isEmpty() && !v.tainted();
    String text = v.constant() != null ? String.valueOf(v.constant()) : v.api();
    return text != null && c.pattern.matcher(text).matches();
  }

  /** Parses an input with its optional condition; throws naming what is wrong. */
  static Input parse(String text) {
    String[] parts = text.strip().split("\\s+(?=when\\s|unless\\s)", 2);
    Input input = parseBare(parts[0]);
    if (parts.length == 1) return input;
    String cond = parts[1].strip();
    boolean negated = cond.startsWith("unless");
    String rest = cond.substring(negated ? 6 : 4).strip();
    int op = rest.indexOf("=~");
    if (op < 0) throw new IllegalArgumentException("condition needs '=~': " + cond);
    Condition condition = new Condition(negated, parseBare(rest.substring(0, op).strip()),
        Pattern.compile(rest.substring(op + 2).strip()));
    return new Input(input.where, input.position, input.keyword, input.rest, input.element,
        condition);
  }

  private static Input parseBare(String text) {
    var m = SPEC.matcher(text);
    if (!m.matches()) throw new IllegalArgumentException("not an input: '" + text + "'");
    String element = m.group(3) != null ? m.group(3) : m.group(4);
    switch (m.group(1)) {
      case "Qualifier" -> {
        return new Input(Where.QUALIFIER, -1, null, false, element, null);
      }
      case "Assigned" -> {
        return new Input(Where.ASSIGNED, -1, null, false, element, null);
      }
      case "ReturnValue" -> {
        return new Input(Where.RETURN_VALUE, -1, null, false, null, null);
      }
      case "Context" -> {
        return new Input(Where.CONTEXT, -1, null, false, null, null);
      }
      case "Function" -> {
        return new Input(Where.FUNCTION, -1, null, false, null, null);
      }
      case "Global" -> {
        if (m.group(2) == null) throw new IllegalArgumentException("Global needs a name: '" + text + "'");
        return new Input(Where.GLOBAL, -1, m.group(2), false, element, null);
      }
      default -> {
        String index = m.group(2);
        if (index == null) return new Input(Where.ANY_ARGUMENT, -1, null, false, element, null);
        if (index.equals("last")) return new Input(Where.LAST_ARGUMENT, -1, null, false, element, null);
        if (index.endsWith("..")) {
          return new Input(Where.ARGUMENT, Integer.parseInt(index.substring(0, index.length() - 2)),
              null, true, element, null);
        }
        int position = -1;
        String keyword = null;
        for (String part : index.split(",")) {
          if (part.strip().matches("\\d+")) position = Integer.parseInt(part.strip());
          else keyword = part.strip();
        }
        return new Input(Where.ARGUMENT, position, keyword, false, element, null);
      }
    }
  }

  /** Returns the values this input selects among a call's arguments and receiver. */
  List<Value> select(Value receiver, List<Value> positional, java.util.Map<String, Value> keywords) {
    List<Value> selected = new java.util.ArrayList<>();
    switch (where) {
      case QUALIFIER -> {
        if (receiver != null) selected.add(receiver);
      }
      case ANY_ARGUMENT -> {
        selected.addAll(positional);
        selected.addAll(keywords.values());
      }
      case LAST_ARGUMENT -> {
        if (!positional.isEmpty()) selected.add(positional.get(positional.size() - 1));
      }
      case ARGUMENT -> {
        if (rest) {
          for (int i = position; i < positional.size(); i++) selected.add(positional.get(i));
        } else if (position >= 0 && position < positional.size()) {
          selected.add(positional.get(position));
        } else if (keyword != null && keywords.containsKey(keyword)) {
          selected.add(keywords.get(keyword));
        }
      }
      default -> { }
    }
    if (element == null) return selected;
    List<Value> elements = new java.util.ArrayList<>();
    for (Value v : selected) {
      List<Value> inner = v.isCollection() ? elements(v, element) : List.of(v);
      if (inner != null) elements.addAll(inner);
    }
    return elements;
  }

  /** Returns true if the condition holds (or there is none) for this call. */
  boolean applies(Value receiver, List<Value> positional, java.util.Map<String, Value> keywords) {
    if (condition == null) return true;
    boolean matched = false;
    for (Value v : condition.input.select(receiver, positional, keywords)) {
      String text = v.constant() != null ? String.valueOf(v.constant()) : v.api();
      if (text != null && condition.pattern.matcher(text).matches()) matched = true;
    }
    return matched != condition.negated;
  }
}

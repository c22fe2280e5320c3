package dev.vigil.engine.analysis.taint;

import java.util.Set;

/** The kinds of model row, as read from a language's YAML model files. */
final class ModelRows {
  private ModelRows() {}

  /** A value denoting {@code api} (a call result {@code f()}, an attribute) is of {@code type}. */
  record TypeRow(String api, String type, String provenance) {}

  /** {@code type} is also a {@code supertype}: rows of the supertype apply to it. */
  record Supertype(String type, String supertype, String provenance) {}

  /** Reading {@code api} (an attribute, or a call result written {@code f()}) gives untrusted data. */
  record Source(String api, String threat, String provenance) {}

  /**
   * Functions registered through {@code api} (a decorator or a registering call) are entry points:
   * {@code handler} says which ({@code Decorated}, {@code Argument[i]}, {@code Argument[i..]},
   * {@code Imported}, {@code Exported[regex]}); {@code parameter} which parameters
   * ({@code Parameter}, {@code Parameter[i]}, {@code Parameter[name]}) hold untrusted data of a
   * threat kind, or a value of a model type; {@code Enclosing} makes the function that calls
   * {@code api} the entry point (a loop over a Kafka consumer). {@code kind} is {@code route}
   * (the default) or {@code message} for a queue consumer.
   */
  record EntryPoint(String api, String handler, String parameter, String threatOrType, String kind,
      String provenance) {
    /** The kind of an entry point that serves HTTP requests. */
    static final String ROUTE = "route";
  }

  /** A call (or an assignment, or a handler's return) whose input must not be tainted. */
  record Sink(String api, Input input, String kind, String provenance) {}

  /** A call (or attribute read) whose result is safe for some kinds or gains some marks. */
  record Sanitizer(String api, boolean member, Set<String> marks, String provenance) {}

  /** A check that, where it holds, sanitizes its checked input for some kinds. */
  record Guard(String api, Input checked, Set<String> marks, String requires, String provenance) {}

  /** A call that stores its input in its receiver ({@code list.append(x)}, {@code a.push(x)}). */
  record Update(String api, Input input, String provenance) {}

  /**
   * A call (or an assignment to an attribute) that is a misuse where all its conditions hold,
   * whatever the data: {@code requests.get(url, verify=False)}, {@code hashlib.md5} in a
   * statement about passwords. Reported by the rule naming {@code kind}.
   */
  record Misuse(String api, java.util.List<Input.Condition> conditions, String kind, String provenance) {}

  /**
   * A file whose path matches {@code path} is the module {@code api} names: its top-level
   * variables are that API's attributes ({@code settings.py} is {@code django.conf.settings}).
   */
  record ModuleRow(java.util.regex.Pattern path, String api, String provenance) {}

  /** A call that does not return (it raises or exits). */
  record Exit(String api, String provenance) {}
}

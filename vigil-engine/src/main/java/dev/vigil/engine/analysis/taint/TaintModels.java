package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.taint.ModelRows.EntryPoint;
import dev.vigil.engine.analysis.taint.ModelRows.Exit;
import dev.vigil.engine.analysis.taint.ModelRows.Guard;
import dev.vigil.engine.analysis.taint.ModelRows.Sanitizer;
import dev.vigil.engine.analysis.taint.ModelRows.Sink;
import dev.vigil.engine.analysis.taint.ModelRows.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's models, indexed by API name. An API name is a module path ({@code os.system}), a
 * model type and member ({@code express.Response.send}), a call result ({@code sqlite3.connect()})
 * or {@code *.name} for a member of any receiver. {@link #names} expands a name with the
 * supertypes of its type and the wildcard, so rows of a supertype apply to subtypes.
 */
final class TaintModels {
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, List<String>> supertypes = new HashMap<>();
  private final Map<String, List<Source>> sources = new HashMap<>();
  private final Map<String, List<EntryPoint>> entryPoints = new HashMap<>();
  private final List<EntryPoint> moduleEntryPoints = new ArrayList<>();
  private final Map<String, List<Sink>> sinks = new HashMap<>();
  private final Map<String, List<Sanitizer>> sanitizers = new HashMap<>();
  private final Map<String, List<Guard>> guards = new HashMap<>();
  private final Map<String, List<ModelRows.Update>> updates = new HashMap<>();
  private final Set<String> exits = new java.util.HashSet<>();
  private final Map<String, List<ModelRows.Misuse>> misuses = new HashMap<>();
  private final List<ModelRows.ModuleRow> modules;

  TaintModels(List<ModelRows.TypeRow> typeRows, List<ModelRows.Supertype> supertypeRows,
      List<Source> sourceRows, List<EntryPoint> entryRows, List<Sink> sinkRows,
      List<Sanitizer> sanitizerRows, List<Guard> guardRows, List<ModelRows.Update> updateRows,
      List<Exit> exitRows, List<ModelRows.Misuse> misuseRows, List<ModelRows.ModuleRow> moduleRows) {
    modules = List.copyOf(moduleRows);
    typeRows.forEach(r -> types.put(r.api(), r.type()));
    supertypeRows.forEach(r -> supertypes.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r.supertype()));
    sourceRows.forEach(r -> sources.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
    for (EntryPoint r : entryRows) {
      if (r.handler().equals("Imported") || r.handler().startsWith("Exported")) moduleEntryPoints.add(r);
      else entryPoints.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r);
    }
    sinkRows.forEach(r -> sinks.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
    sanitizerRows.forEach(r -> sanitizers.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
    guardRows.forEach(r -> guards.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
    updateRows.forEach(r -> updates.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
    exitRows.forEach(r -> exits.add(r.api()));
    misuseRows.forEach(r -> misuses.computeIfAbsent(r.api(), k -> new ArrayList<>()).add(r));
  }

  /** Returns the API a {@code modules} row gives the file at {@code path}, or null. */
  String moduleApi(String path) {
    for (ModelRows.ModuleRow row : modules) {
      if (row.path().matcher(path).matches()) return row.api();
    }
    return null;
  }

  /** Returns the model type of a value denoting {@code api}, or {@code api} itself. */
  String typeOf(String api) {
    return api == null ? null : types.getOrDefault(api, api);
  }

  /**
   * Returns the names rows may use for {@code api}: itself, then with its owner replaced by each
   * supertype ({@code express.Application.get} is also {@code express.Router.get}), then
   * {@code *.member} for a member named {@code member} of any receiver.
   */
  List<String> names(String api, String member) {
    Set<String> names = new LinkedHashSet<>();
    if (api != null) {
      names.add(api);
      int dot = api.lastIndexOf('.');
      if (dot > 0) {
        String owner = api.substring(0, dot);
        for (String superType : supertypesOf(owner)) names.add(superType + api.substring(dot));
      }
    }
    if (member != null) names.add("*." + member);
    return List.copyOf(names);
  }

  private List<String> supertypesOf(String type) {
    List<String> all = new ArrayList<>();
    List<String> queue = new ArrayList<>(supertypes.getOrDefault(type, List.of()));
    while (!queue.isEmpty() && all.size() < 16) {
      String next = queue.remove(0);
      if (all.contains(next)) continue;
      all.add(next);
      queue.addAll(supertypes.getOrDefault(next, List.of()));
    }
    return all;
  }

  List<Source> sources(List<String> names) {
    return collect(sources, names);
  }

  List<EntryPoint> entryPoints(List<String> names) {
    return collect(entryPoints, names);
  }

  /** Returns the entry points that apply to whole modules (by import or by export name). */
  List<EntryPoint> moduleEntryPoints() {
    return moduleEntryPoints;
  }

  List<Sink> sinks(List<String> names) {
    return collect(sinks, names);
  }

  List<Sanitizer> sanitizers(List<String> names) {
    return collect(sanitizers, names);
  }

  List<Guard> guards(List<String> names) {
    return collect(guards, names);
  }

  List<ModelRows.Update> updates(List<String> names) {
    return collect(updates, names);
  }

  List<ModelRows.Misuse> misuses(List<String> names) {
    return collect(misuses, names);
  }

  boolean exits(List<String> names) {
    return names.stream().anyMatch(exits::contains);
  }

  private static <T> List<T> collect(Map<String, List<T>> index, List<String> names) {
    List<T> rows = new ArrayList<>();
    for (String name : names) rows.addAll(index.getOrDefault(name, List.of()));
    return rows;
  }
}

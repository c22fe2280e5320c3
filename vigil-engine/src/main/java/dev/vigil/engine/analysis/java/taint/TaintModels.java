package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.java.taint.ModelRows.Decoder;
import dev.vigil.engine.analysis.java.taint.ModelRows.Hardening;
import dev.vigil.engine.analysis.java.taint.ModelRows.NeutralParameterSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.NeutralSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.ParameterSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.ReturnType;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sanitizer;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sink;
import dev.vigil.engine.analysis.java.taint.ModelRows.Source;
import dev.vigil.engine.analysis.java.taint.ModelRows.Summary;
import dev.vigil.engine.analysis.java.taint.ModelRows.Supertype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every model row, indexed by method name for the look-ups the interpreter makes at each call.
 * Immutable once built.
 */
final class TaintModels {
  private final Map<String, List<Source>> sources;
  private final List<Source> parameterEntries;
  private final Map<String, ParameterSource> parameterSources = new HashMap<>();
  private final Map<String, List<Sink>> sinks;
  private final List<Sink> returnSinks;
  private final Map<String, List<Sanitizer>> sanitizers;
  private final Map<String, List<Summary>> summaries;
  private final Map<String, List<ReturnType>> returnTypes;
  private final Map<String, List<Hardening>> hardening;
  private final Map<String, List<NeutralSource>> neutralSources;
  private final Map<String, NeutralParameterSource> neutralParameterSources = new HashMap<>();
  private final Map<String, List<Decoder>> decoders;
  private final TypeHierarchy hierarchy = new TypeHierarchy();
  private final Set<String> knownTypes = new HashSet<>();

  TaintModels(List<Source> sources, List<ParameterSource> parameterSources, List<Sink> sinks,
      List<Sanitizer> sanitizers, List<Summary> summaries, List<ReturnType> returnTypes,
      List<Supertype> supertypes, List<Hardening> hardening, Neutrality neutrality) {
    this.sources = byMethod(sources.stream()
        .filter(s -> s.output().kind() != AccessPath.Kind.PARAMETER).toList(), s -> s.call());
    this.parameterEntries = sources.stream()
        .filter(s -> s.output().kind() == AccessPath.Kind.PARAMETER).toList();
    for (ParameterSource p : parameterSources) {
      this.parameterSources.put(p.qualifiedAnnotation(), p);
      this.parameterSources.put(p.simpleName(), p);
    }
    this.sinks = byMethod(sinks.stream()
        .filter(s -> s.input().kind() != AccessPath.Kind.RETURN_VALUE).toList(), Sink::call);
    this.returnSinks = sinks.stream()
        .filter(s -> s.input().kind() == AccessPath.Kind.RETURN_VALUE).toList();
    this.sanitizers = byMethod(sanitizers, Sanitizer::call);
    this.summaries = byMethod(summaries, Summary::call);
    this.returnTypes = byMethod(returnTypes, ReturnType::call);
    this.hardening = byMethod(hardening, Hardening::call);
    this.neutralSources = byMethod(neutrality.sources(), NeutralSource::call);
    for (NeutralParameterSource p : neutrality.parameterSources()) {
      this.neutralParameterSources.put(p.qualifiedAnnotation(), p);
      this.neutralParameterSources.put(p.simpleName(), p);
    }
    this.decoders = byMethod(neutrality.decoders(), Decoder::call);
    for (Supertype s : supertypes) {
      hierarchy.add(s.type(), s.supertype());
      knownTypes.add(s.type());
      knownTypes.add(s.supertype());
    }
    List<CallPattern> calls = new ArrayList<>();
    sources.forEach(s -> calls.add(s.call()));
    sinks.forEach(s -> calls.add(s.call()));
    sanitizers.forEach(s -> calls.add(s.call()));
    summaries.forEach(s -> calls.add(s.call()));
    returnTypes.forEach(r -> {
      calls.add(r.call());
      knownTypes.add(TypeNames.erase(r.type()));
    });
    hardening.forEach(h -> calls.add(h.call()));
    for (CallPattern c : calls) {
      if (!c.type().isEmpty()) knownTypes.add(c.qualifiedType());
    }
  }

  /** The rows that say which sources start neutralised for some sink kinds, and which calls undo it. */
  record Neutrality(List<NeutralSource> sources, List<NeutralParameterSource> parameterSources,
      List<Decoder> decoders) {}

  private static <T> Map<String, List<T>> byMethod(List<T> rows, Function<T, CallPattern> call) {
    Map<String, List<T>> map = new HashMap<>();
    for (T row : rows) map.computeIfAbsent(call.apply(row).method(), k -> new ArrayList<>()).add(row);
    return map;
  }

  /** Returns the source rows for calls of a method name. */
  List<Source> sources(String method) {
    return sources.getOrDefault(method, List.of());
  }

  /** Returns the source rows that make a declared method's parameter untrusted. */
  List<Source> parameterEntries() {
    return parameterEntries;
  }

  /** Returns the sink rows whose declared implementations return what reaches the sink (plugin render methods). */
  List<Sink> returnSinks() {
    return returnSinks;
  }

  /** Returns the parameter source for an annotation, by qualified or simple name, or null. */
  ParameterSource parameterSource(String annotation) {
    return parameterSources.get(annotation);
  }

  /** Returns the neutral-source rows for calls of a method name. */
  List<NeutralSource> neutralSources(String method) {
    return neutralSources.getOrDefault(method, List.of());
  }

  /** Returns the sink kinds an annotation's parameters start neutralised for (qualified or simple name). */
  Set<String> neutralFor(String annotation) {
    NeutralParameterSource row = neutralParameterSources.get(annotation);
    return row == null ? Set.of() : row.kinds();
  }

  /** Returns the decoder rows for calls of a method name. */
  List<Decoder> decoders(String method) {
    return decoders.getOrDefault(method, List.of());
  }

  /** Returns the sink rows for calls of a method name. */
  List<Sink> sinks(String method) {
    return sinks.getOrDefault(method, List.of());
  }

  /** Returns every sink row. */
  List<Sink> allSinks() {
    return sinks.values().stream().flatMap(List::stream).toList();
  }

  /** Returns every sink kind some row names. */
  Set<String> sinkKinds() {
    Set<String> kinds = new HashSet<>();
    sinks.values().forEach(rows -> rows.forEach(r -> kinds.add(r.kind())));
    return kinds;
  }

  /** Returns the sanitizer rows for calls of a method name. */
  List<Sanitizer> sanitizers(String method) {
    return sanitizers.getOrDefault(method, List.of());
  }

  /** Returns the summary rows for calls of a method name. */
  List<Summary> summaries(String method) {
    return summaries.getOrDefault(method, List.of());
  }

  /** Returns the return-type rows for calls of a method name. */
  List<ReturnType> returnTypes(String method) {
    return returnTypes.getOrDefault(method, List.of());
  }

  /** Returns the hardening rows for calls of a method name. */
  List<Hardening> hardening(String method) {
    return hardening.getOrDefault(method, List.of());
  }

  /** Returns the library type hierarchy of the models. */
  TypeHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns true if some row names this fully qualified type. */
  boolean knowsType(String qualifiedType) {
    return knownTypes.contains(qualifiedType);
  }
}

package dev.vigil.engine.threatmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which methods of the repository's own Java code call which, resolved by name, arity, declared
 * types and imports (an over-approximation: a call through an interface reaches every
 * implementation in the repository, and a call on an unknown receiver reaches same-named methods
 * of the classes the file imports or shares a package with; creating an object of a repository
 * class reaches its {@code @Override} methods, which frameworks call back). Good enough to tell whether code is
 * reachable from an entry point; immutable.
 */
public final class CallGraph {
  private final Map<MethodId, MethodSite> sites;
  private final Map<String, List<MethodSite>> sitesByPath = new HashMap<>();
  private final Map<MethodId, Set<MethodId>> callees;

  /** Creates the graph of these declared methods and calls. */
  public CallGraph(Collection<MethodSite> sites, Map<MethodId, Set<MethodId>> callees) {
    Map<MethodId, MethodSite> bySite = new LinkedHashMap<>();
    sites.forEach(site -> bySite.put(site.method(), site));
    this.sites = Collections.unmodifiableMap(bySite);
    bySite.values().forEach(site ->
        sitesByPath.computeIfAbsent(site.path(), k -> new ArrayList<>()).add(site));
    Map<MethodId, Set<MethodId>> edges = new HashMap<>();
    callees.forEach((caller, called) -> edges.put(caller, Set.copyOf(called)));
    this.callees = Collections.unmodifiableMap(edges);
  }

  /** Returns an empty graph. */
  public static CallGraph empty() {
    return new CallGraph(List.of(), Map.of());
  }

  /** Returns every declared method with its site. */
  public Collection<MethodSite> methods() {
    return sites.values();
  }

  /** Returns the methods {@code method} calls. */
  public Set<MethodId> callees(MethodId method) {
    return callees.getOrDefault(method, Set.of());
  }

  /** Returns the site of {@code method}, if it is declared in the repository. */
  public Optional<MethodSite> site(MethodId method) {
    return Optional.ofNullable(sites.get(method));
  }

  /** Returns true if the graph has methods declared in {@code path}. */
  public boolean covers(String path) {
    return sitesByPath.containsKey(path);
  }

  /** Returns the innermost method whose declaration spans {@code path:line}, if any. */
  public Optional<MethodId> methodAt(String path, int line) {
    return sitesByPath.getOrDefault(path, List.of()).stream().filter(site -> site.contains(path, line))
        .min(Comparator.comparingInt(site -> site.endLine() - site.line()))
        .map(MethodSite::method);
  }

  /** Returns every method reachable from {@code roots}, the roots included. */
  public Set<MethodId> reachableFrom(Collection<MethodId> roots) {
    Set<MethodId> seen = new LinkedHashSet<>(roots);
    Deque<MethodId> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      for (MethodId next : callees(queue.poll())) {
        if (seen.add(next)) queue.add(next);
      }
    }
    return seen;
  }

  /**
   * Returns a shortest call chain from {@code root} to {@code target}, both included, or empty if
   * {@code target} is not reachable from {@code root}.
   */
  public List<MethodId> callChain(MethodId root, MethodId target) {
    return chain(shortestPaths(root), target);
  }

  /** Returns, for each method reachable from {@code root}, its caller on a shortest chain. */
  Map<MethodId, MethodId> shortestPaths(MethodId root) {
    Map<MethodId, MethodId> parent = new HashMap<>();
    parent.put(root, root);
    Deque<MethodId> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      MethodId current = queue.poll();
      for (MethodId next : callees(current).stream()
          .sorted(Comparator.comparing(MethodId::label)).toList()) {
        if (!parent.containsKey(next)) {
          parent.put(next, current);
          queue.add(next);
        }
      }
    }
    return parent;
  }

  /** Returns the chain to {@code target} in a tree of {@link #shortestPaths}, or empty. */
  static List<MethodId> chain(Map<MethodId, MethodId> parents, MethodId target) {
    if (!parents.containsKey(target)) return List.of();
    List<MethodId> chain = new ArrayList<>();
    MethodId current = target;
    chain.add(current);
    while (!parents.get(current).equals(current)) {
      current = parents.get(current);
      chain.add(current);
    }
    Collections.reverse(chain);
    return chain;
  }
}

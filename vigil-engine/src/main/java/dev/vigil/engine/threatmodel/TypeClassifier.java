package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the repository type from its entry points and the evidence around them:
 * <ol>
 *   <li>HTTP entry points with message listeners or command-line entry points: mixed;
 *   <li>HTTP entry points with server-side pages or sessions (templates, JSP, {@code web.xml},
 *       {@code HttpSession}, a views library): SaaS backend; without: public API;
 *   <li>message listeners or scheduled jobs: worker, or mixed with picocli commands;
 *   <li>command-line entry points: CLI;
 *   <li>none of these: library.
 * </ol>
 * Scheduled jobs in an HTTP service do not make it mixed. Every decision carries the files that
 * support it: the files declaring the entry points, build-file frameworks, views, launchers.
 */
final class TypeClassifier {
  private final List<TypeEvidence> evidence = new ArrayList<>();
  private boolean views;

  /** Adds a framework seen in a build file. */
  void build(Signals.BuildSignal signal, String path) {
    evidence.add(new TypeEvidence(signal.signal() + " in build", path));
    if (signal.family() == Signals.Family.VIEWS) views = true;
  }

  /** Adds a file that shows server-side pages or sessions. */
  void views(String path) {
    evidence.add(new TypeEvidence("server-side pages or sessions", path));
    views = true;
  }

  /** Adds a main method that starts a framework. */
  void launcher(String path) {
    evidence.add(new TypeEvidence("application launcher main", path));
  }

  /** Returns the type decided for these entry points and the evidence for it. */
  Decision decide(List<EntryPoint> entryPoints, String buildPath) {
    boolean http = entryPoints.stream().anyMatch(e -> e.kind().http());
    boolean listeners = has(entryPoints, EntryPointKind.MESSAGE_LISTENER);
    boolean jobs = has(entryPoints, EntryPointKind.SCHEDULED_JOB);
    boolean cli = has(entryPoints, EntryPointKind.CLI_ARGUMENTS);
    boolean picocli = entryPoints.stream()
        .anyMatch(e -> e.kind() == EntryPointKind.CLI_ARGUMENTS && !e.name().startsWith("main "));
    RepositoryType type;
    if (http && (listeners || cli)) type = RepositoryType.MIXED;
    else if (http) type = views ? RepositoryType.SAAS_BACKEND : RepositoryType.PUBLIC_API;
    else if (listeners || jobs) type = picocli ? RepositoryType.MIXED : RepositoryType.WORKER;
    else if (cli) type = RepositoryType.CLI;
    else type = RepositoryType.LIBRARY;

    List<TypeEvidence> all = new ArrayList<>(entryEvidence(entryPoints));
    all.addAll(evidence);
    if (type == RepositoryType.LIBRARY) {
      all.add(0, new TypeEvidence("no entry points", buildPath));
    }
    return new Decision(type, all.stream().distinct().toList());
  }

  /** The decided type and its evidence. */
  record Decision(RepositoryType type, List<TypeEvidence> evidence) {}

  private static boolean has(List<EntryPoint> entryPoints, EntryPointKind kind) {
    return entryPoints.stream().anyMatch(e -> e.kind() == kind);
  }

  private static List<TypeEvidence> entryEvidence(List<EntryPoint> entryPoints) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EntryPoint entry : entryPoints) {
      String family = entry.kind().http() ? "HTTP" : entry.kind().describe();
      counts.merge(family + "|" + entry.path(), 1, Integer::sum);
    }
    List<TypeEvidence> out = new ArrayList<>();
    counts.forEach((key, count) -> {
      int bar = key.indexOf('|');
      out.add(new TypeEvidence(count + (count == 1 ? " entry point (" : " entry points (")
          + key.substring(0, bar) + ")", key.substring(bar + 1)));
    });
    return out;
  }
}

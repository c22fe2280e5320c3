package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a draft threat model from a tree: repository type with its evidence, entry points, trust
 * boundaries, sensitive data, priority areas, out-of-scope test folders and the call graph. It
 * reads Java sources, Python and JavaScript/TypeScript sources (their entry points and call graph
 * only, see {@link ScriptCode}), build files, {@code web.xml}, configuration, SQL and CI files; test code is
 * left out of everything but the out-of-scope list. Stateless: one instance serves any number of
 * trees.
 */
public final class ThreatModelInference {
  private static final Pattern TEST_ROOT = Pattern.compile("^(.*?(?:^|/)(?:src/test|src/it|test|tests)/)");

  /** Returns the inferred model, call graph and problems of {@code tree}. */
  public Inference infer(SourceTree tree) {
    List<String> problems = new ArrayList<>();
    List<String> paths = tree.paths();
    List<String> deployed = paths.stream().filter(p -> !Signals.TEST_CODE.matcher(p).find()).toList();

    Map<String, String> javaSources = new LinkedHashMap<>();
    Map<String, String> others = new LinkedHashMap<>();
    Map<String, String> scripts = new LinkedHashMap<>();
    for (String path : deployed) {
      if (path.endsWith(".java")) {
        tree.read(path).ifPresent(text -> javaSources.put(path, text));
      } else if (ScriptCode.reads(path)) {
        tree.read(path).ifPresent(text -> scripts.put(path, text));
      } else if (readsOther(path)) {
        tree.read(path).ifPresent(text -> others.put(path, text));
      }
    }
    JavaCode code = JavaCode.parse(javaSources, problems);
    ScriptCode scriptCode = new ScriptCode(scripts, problems);

    List<WebXml.Mapping> webXml = new ArrayList<>();
    others.forEach((path, text) -> {
      if (path.endsWith("web.xml")) webXml.addAll(WebXml.mappings(path, text));
    });
    List<EntryPoint> entryPoints = new ArrayList<>(new HttpEntryPoints(code).find(webXml));
    entryPoints.addAll(new BackgroundEntryPoints(code).find());
    CommandLineEntryPoints commandLines = new CommandLineEntryPoints(code);
    entryPoints.addAll(commandLines.find());
    entryPoints.addAll(scriptCode.entryPoints());
    entryPoints.sort(Comparator.comparing(EntryPoint::path).thenComparingInt(EntryPoint::line)
        .thenComparing(EntryPoint::name));

    TypeClassifier classifier = new TypeClassifier();
    String buildPath = "";
    for (var entry : others.entrySet()) {
      if (!Signals.BUILD_FILES.matcher(entry.getKey()).find()) continue;
      if (buildPath.isEmpty()) buildPath = entry.getKey();
      for (Signals.BuildSignal signal : Signals.BUILD) {
        if (signal.pattern().matcher(entry.getValue()).find()) classifier.build(signal, entry.getKey());
      }
    }
    deployed.stream().filter(p -> Signals.VIEW_FILES.matcher(p).find()).forEach(classifier::views);
    code.files().stream().filter(f -> Signals.VIEW_CODE.matcher(f.text()).find())
        .forEach(f -> classifier.views(f.path()));
    commandLines.launchers().forEach(classifier::launcher);
    TypeClassifier.Decision decision = classifier.decide(entryPoints, buildPath.isEmpty() ? "." : buildPath);

    SensitiveDataFinder sensitive = new SensitiveDataFinder().java(code);
    others.forEach(sensitive::file);

    ThreatModel model = new ThreatModel(decision.type(), decision.evidence(), entryPoints,
        boundaries(entryPoints, code, others), sensitive.found(), areas(code, others),
        outOfScope(paths), List.of(), "");
    problems.addAll(tree.skipped());
    return new Inference(model, scriptCode.addTo(new CallGraphBuilder(code).build()), problems);
  }

  private static boolean readsOther(String path) {
    return path.endsWith("web.xml") || path.contains("META-INF/services/")
        || Signals.BUILD_FILES.matcher(path).find()
        || Signals.CI_FILES.matcher(path).find() || SensitiveDataFinder.reads(path);
  }

  private static List<TrustBoundary> boundaries(List<EntryPoint> entryPoints, JavaCode code,
      Map<String, String> others) {
    Map<BoundaryKind, Set<String>> paths = new EnumMap<>(BoundaryKind.class);
    for (EntryPoint entry : entryPoints) {
      BoundaryKind kind = switch (entry.kind()) {
        case MESSAGE_LISTENER -> BoundaryKind.BROKER_TO_SERVICE;
        case SCHEDULED_JOB -> null;
        default -> BoundaryKind.USER_TO_SERVICE;
      };
      if (kind != null) paths.computeIfAbsent(kind, k -> new TreeSet<>()).add(entry.path());
    }
    for (JavaFile file : code.files()) {
      Signals.BOUNDARIES.forEach((kind, signal) -> {
        if (signal.matches(fileName(file.path()), file.text())) {
          paths.computeIfAbsent(kind, k -> new TreeSet<>()).add(file.path());
        }
      });
    }
    others.forEach((path, text) -> {
      if (Signals.CI_FILES.matcher(path).find() && Signals.DEPLOYS.matcher(text).find()) {
        paths.computeIfAbsent(BoundaryKind.CI_TO_PRODUCTION, k -> new TreeSet<>()).add(path);
      }
      if (path.contains("META-INF/services/")) {
        paths.computeIfAbsent(BoundaryKind.PLUGIN_TO_HOST, k -> new TreeSet<>()).add(path);
      }
    });
    List<TrustBoundary> boundaries = new ArrayList<>();
    paths.forEach((kind, files) -> boundaries.add(new TrustBoundary(kind, List.copyOf(files))));
    return boundaries;
  }

  private static List<PriorityArea> areas(JavaCode code, Map<String, String> others) {
    Map<AreaKind, Set<String>> paths = new EnumMap<>(AreaKind.class);
    for (JavaFile file : code.files()) {
      Signals.AREAS.forEach((kind, signal) -> {
        if (signal.matches(fileName(file.path()), file.text())) {
          paths.computeIfAbsent(kind, k -> new TreeSet<>()).add(file.path());
        }
      });
    }
    others.forEach((path, text) -> {
      if (Signals.BUILD_FILES.matcher(path).find()) {
        paths.computeIfAbsent(AreaKind.DEPENDENCY_BOUNDARIES, k -> new TreeSet<>()).add(path);
      }
      if (path.endsWith("web.xml") && Signals.AREAS.get(AreaKind.AUTHORISATION).matches("", text)) {
        paths.computeIfAbsent(AreaKind.AUTHORISATION, k -> new TreeSet<>()).add(path);
      }
    });
    List<PriorityArea> areas = new ArrayList<>();
    paths.forEach((kind, files) -> areas.add(new PriorityArea(kind, List.copyOf(files))));
    return areas;
  }

  private static List<OutOfScope> outOfScope(List<String> paths) {
    Set<String> roots = new LinkedHashSet<>();
    for (String path : paths) {
      Matcher root = TEST_ROOT.matcher(path);
      if (root.find()) roots.add(root.group(1) + "**");
    }
    return roots.stream().sorted()
        .map(root -> new OutOfScope(root, "test code, not deployed")).toList();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Returns the entry point's handler as a method of the call graph, if it has one. */
  static Optional<MethodId> handlerOf(EntryPoint entry, CallGraph graph) {
    if (!entry.handler().isEmpty()) return Optional.of(MethodId.parse(entry.handler()));
    return entry.line() > 0 ? graph.methodAt(entry.path(), entry.line()) : Optional.empty();
  }
}

package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.java.mybatis.MyBatisModels;
import dev.vigil.engine.analysis.java.mybatis.UnreadableMapperException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taint analysis following a tree through a pass. Files are parsed once per version and kept
 * while the tree holds them. After a change, the files whose findings may change are analysed
 * again with the whole tree's summaries as context: the changed files, the files that call into
 * them (or into the versions that left), and the files that read a field whose untrusted contents
 * changed, with their callers. Findings belong to the file that reports them ({@link
 * JavaTaintEngine#analyseEntries}); what each file stores in fields and reads from them is kept,
 * so a partial analysis sees the fields as the whole tree fills them.
 *
 * <p>Parsed trees take about 100 bytes of heap per character of source. Past {@code maxChars} of
 * Java source the session gives cross-file analysis up for the rest of the pass, says so once,
 * drops its trees and analyses each file version alone, so a huge repository costs time, not the
 * process's memory.
 */
final class JavaProjectSession implements ProjectSession {
  /** The engine, with the model rows the tree's MyBatis mappers make as it last was analysed. */
  private JavaTaintEngine engine;
  private final MyBatisModels myBatis = new MyBatisModels();
  private final Map<String, ParsedJavaFile> tree = new LinkedHashMap<>();
  /** Versions replaced or removed since the last analysis: their callers must be analysed too. */
  private final List<JavaSource> departed = new ArrayList<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private final Map<String, String> failures = new LinkedHashMap<>();
  /** The untrusted data each file's analysis stores in fields, and the fields it reads. */
  private final Map<String, Map<String, Value>> writes = new HashMap<>();
  private final Map<String, Set<String>> reads = new HashMap<>();
  private boolean analysed;
  /** Whether the repository is a library, decided on the first tree analysed and kept for the pass. */
  private Boolean library;
  /** The most Java source kept parsed, in characters, and how much is now. */
  private final long maxChars;
  private final Map<String, Integer> sizes = new HashMap<>();
  private long chars;
  /** True once the tree outgrew {@link #maxChars}: files are then analysed alone, when put. */
  private boolean alone;
  private final Map<String, List<Finding>> aloneFindings = new HashMap<>();
  /** Summaries kept from one analysis to the next while the files they read are unchanged. */
  private final SummaryCache summaries;

  JavaProjectSession(JavaTaintEngine engine, long maxChars) {
    this(engine, maxChars, SummaryCache.forHeap());
  }

  /** Creates a session that keeps summaries in {@code summaries} (null: recomputes them each time). */
  JavaProjectSession(JavaTaintEngine engine, long maxChars, SummaryCache summaries) {
    this.engine = engine;
    this.maxChars = maxChars;
    this.summaries = summaries;
  }

  @Override
  public void put(AnalysisContext file) {
    remove(file.path());
    if (MyBatisModels.reads(file.path())) {
      try {
        myBatis.putXml(file.path(), file.content());
      } catch (UnreadableMapperException e) {
        failures.put(file.path(), e.getMessage());
      }
      return;
    }
    int size = file.content().length;
    if (!alone && chars + size > maxChars) analyseAloneFromNowOn(file.path());
    try {
      ParsedJavaFile parsed = engine.parse(file.path(), file.blobId(), file.text());
      myBatis.putJava(file.path(), parsed.source().unit());
      if (alone) {
        aloneFindings.put(file.path(), engine.analyse(List.of(parsed), Set.of(file.path())));
      } else {
        tree.put(file.path(), parsed);
        sizes.put(file.path(), size);
        chars += size;
      }
    } catch (RuntimeException e) {
      failures.merge(file.path(), String.valueOf(e.getMessage()), (notice, error) -> notice + "; " + error);
    }
  }

  @Override
  public void remove(String path) {
    changed.add(path);
    myBatis.remove(path);
    failures.remove(path);
    aloneFindings.remove(path);
    Integer size = sizes.remove(path);
    if (size != null) chars -= size;
    ParsedJavaFile old = tree.remove(path);
    if (old != null) departed.add(old.source());
  }

  /**
   * Gives cross-file analysis up for the rest of the pass: the files kept so far are analysed
   * alone and their trees dropped; {@code trigger}, the file that did not fit, carries the notice.
   */
  private void analyseAloneFromNowOn(String trigger) {
    alone = true;
    failures.put(trigger, String.format("the tree's Java source is over %,d characters, the most"
        + " kept parsed for flows across files in this process's memory; Java files are analysed"
        + " one by one from here, without flows across files", maxChars));
    for (var file : tree.entrySet()) {
      changed.add(file.getKey());
      try {
        aloneFindings.put(file.getKey(), engine.analyse(List.of(file.getValue()), Set.of(file.getKey())));
      } catch (RuntimeException e) {
        failures.put(file.getKey(), String.valueOf(e.getMessage()));
      }
    }
    tree.clear();
    if (summaries != null) summaries.clear();
    sizes.clear();
    chars = 0;
    departed.clear();
    writes.clear();
    reads.clear();
  }

  @Override
  public Update analyse() {
    if (changed.isEmpty()) return Update.none();
    // the callers of a mapper interface whose sink rows changed are analysed again
    engine = engine.withProjectModels("MyBatis mappers of the tree", myBatis.modelFile());
    if (library == null && !alone) {
      library = LibraryRepository.of(tree.values().stream().map(ParsedJavaFile::source).toList());
      engine = engine.asLibrary(library);
    }
    myBatis.changedInterfaceFiles().stream().filter(tree::containsKey).forEach(changed::add);
    if (alone) {
      Map<String, List<Finding>> found = new HashMap<>();
      changed.forEach(path -> found.put(path, aloneFindings.getOrDefault(path, List.of())));
      Update update = new Update(found, failures);
      changed.clear();
      failures.clear();
      return update;
    }
    Map<String, List<Finding>> found = new HashMap<>();
    changed.forEach(path -> found.put(path, List.of()));
    Map<String, Set<String>> factsBefore = facts();
    writes.keySet().retainAll(tree.keySet());
    reads.keySet().retainAll(tree.keySet());
    Set<String> entries = analysed ? callersOf(changedVersions()) : new LinkedHashSet<>(tree.keySet());
    while (true) {
      // a file that left with no caller may still have stored what other files read
      if (!entries.isEmpty()) found.putAll(findings(entries));
      List<JavaSource> readers = readersOfChangedFields(factsBefore, entries);
      if (readers.isEmpty()) break;
      entries.addAll(callersOf(readers));
    }
    Update update = new Update(found, failures);
    changed.clear();
    departed.clear();
    failures.clear();
    analysed = true;
    return update;
  }

  /** Returns the versions that changed: those that left and those now in the tree. */
  private List<JavaSource> changedVersions() {
    List<JavaSource> versions = new ArrayList<>(departed);
    changed.stream().filter(tree::containsKey).forEach(path -> versions.add(tree.get(path).source()));
    return versions;
  }

  /** Returns the paths in the tree of {@code versions} and of the files that call into them. */
  private Set<String> callersOf(List<JavaSource> versions) {
    List<JavaSource> sources = tree.values().stream().map(ParsedJavaFile::source).toList();
    Set<String> files = new LinkedHashSet<>(AffectedFiles.of(sources, versions));
    files.retainAll(tree.keySet());
    return files;
  }

  /** Returns the files not in {@code entries} that read a field whose facts differ from before. */
  private List<JavaSource> readersOfChangedFields(Map<String, Set<String>> before,
      Set<String> entries) {
    Map<String, Set<String>> after = facts();
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    keys.removeIf(key -> before.getOrDefault(key, Set.of()).equals(after.getOrDefault(key, Set.of())));
    List<JavaSource> readers = new ArrayList<>();
    reads.forEach((path, read) -> {
      if (!entries.contains(path) && read.stream().anyMatch(keys::contains)) {
        readers.add(tree.get(path).source());
      }
    });
    return readers;
  }

  /** Returns, by field key, the identities of the untrusted data the tree stores in it. */
  private Map<String, Set<String>> facts() {
    Map<String, Set<String>> facts = new HashMap<>();
    writes.values().forEach(stored -> stored.forEach((key, value) -> value.taints()
        .forEach(t -> facts.computeIfAbsent(key, k -> new HashSet<>()).add(t.identity()))));
    return facts;
  }

  /** Returns what the files other than {@code entries} store in fields. */
  private Map<String, Value> factsFrom(Set<String> others) {
    Map<String, Value> facts = new HashMap<>();
    writes.forEach((path, stored) -> {
      if (!others.contains(path)) stored.forEach((key, value) -> facts.merge(key, value, Value::join));
    });
    return facts;
  }

  /**
   * Returns the findings of {@code entries}; if analysing them together fails (outlasts the
   * budget, nests too deeply, crashes), each is analysed alone, still with the tree as context,
   * and only those that fail alone are reported as not analysed.
   */
  private Map<String, List<Finding>> findings(Set<String> entries) {
    try {
      return record(entries, engine.analyseEntries(tree.values(), entries, factsFrom(entries), summaries));
    } catch (RuntimeException together) {
      Map<String, List<Finding>> found = new HashMap<>();
      for (String path : entries) {
        Set<String> alone = Set.of(path);
        try {
          found.putAll(record(alone, engine.analyseEntries(tree.values(), alone, factsFrom(alone), summaries)));
        } catch (RuntimeException e) {
          failures.put(path, String.valueOf(e.getMessage()));
          writes.remove(path);
          reads.remove(path);
          found.put(path, List.of());
        }
      }
      return found;
    }
  }

  private Map<String, List<Finding>> record(Set<String> entries,
      JavaTaintEngine.EntryAnalysis analysis) {
    for (String path : entries) {
      writes.put(path, analysis.writes().getOrDefault(path, Map.of()));
      reads.put(path, analysis.reads().getOrDefault(path, Set.of()));
    }
    failures.putAll(analysis.failures());
    return analysis.findings();
  }
}

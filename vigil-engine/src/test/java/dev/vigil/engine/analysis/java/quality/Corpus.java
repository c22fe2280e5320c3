package dev.vigil.engine.analysis.java.quality;

import dev.vigil.engine.analysis.java.quality.CorpusCase.CaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled Java corpus on the test class path ({@code corpus/java}): one folder per category;
 * a case is a {@code .java} file in a category folder or a sub-folder of files (a cross-file case).
 * Exactly one file of a case carries the {@code // vigil-expect: vulnerable|safe cwe=N} header.
 */
final class Corpus {
  static final String ROOT = "corpus/java";
  private static final Pattern EXPECT =
      Pattern.compile("^//\\s*vigil-expect:\\s*(vulnerable|safe)\\s+cwe=(\\d+)\\s*$", Pattern.MULTILINE);
  private static final Pattern NOTE = Pattern.compile("^//\\s*case:\\s*(.+)$", Pattern.MULTILINE);

  private final Path root;
  private final List<CorpusCase> cases;

  private Corpus(Path root, List<CorpusCase> cases) {
    this.root = root;
    this.cases = List.copyOf(cases);
  }

  /** Loads the corpus from the test class path; throws naming the file with a bad header. */
  static Corpus load() {
    URL url = Corpus.class.getClassLoader().getResource(ROOT);
    if (url == null) throw new IllegalStateException(ROOT + " is not on the test class path");
    try {
      Path root = Path.of(url.toURI());
      List<CorpusCase> cases = new ArrayList<>();
      for (Path category : sorted(root)) {
        if (!Files.isDirectory(category)) continue;
        for (Path entry : sorted(category)) {
          if (Files.isDirectory(entry)) {
            cases.add(read(root, category, sorted(entry).stream()
                .filter(p -> p.toString().endsWith(".java")).toList(), entry));
          } else if (entry.toString().endsWith(".java")) {
            cases.add(read(root, category, List.of(entry), entry));
          }
        }
      }
      return new Corpus(root, cases);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad corpus location " + url, e);
    }
  }

  /** Returns every case in path order. */
  List<CorpusCase> cases() {
    return cases;
  }

  /** Returns the folder the corpus was read from. */
  Path root() {
    return root;
  }

  private static CorpusCase read(Path root, Path category, List<Path> javaFiles, Path casePath) {
    String name = relative(root, casePath);
    List<CaseFile> files = new ArrayList<>();
    Matcher header = null;
    String note = "";
    for (Path file : javaFiles) {
      String text = text(file);
      files.add(new CaseFile(relative(root, file), text));
      Matcher m = EXPECT.matcher(text);
      if (m.find()) {
        if (header != null) throw new IllegalStateException(name + ": more than one vigil-expect header");
        header = m;
        Matcher n = NOTE.matcher(text);
        note = n.find() ? n.group(1).strip() : "";
      }
    }
    if (header == null) {
      throw new IllegalStateException(name + ": no '// vigil-expect: vulnerable|safe cwe=N' header");
    }
    return new CorpusCase(name, category.getFileName().toString(),
        header.group(1).equals("vulnerable"), Integer.parseInt(header.group(2)), note, files);
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static List<Path> sorted(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

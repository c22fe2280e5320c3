package dev.vigil.engine.analysis.java.quality;

import java.util.List;
import java.util.Objects;

/**
 * One labelled case of the corpus: a name (its path under the corpus root), the category folder it
 * sits in, whether it is vulnerable, the CWE it is about (safe cases name the CWE they imitate), a
 * short note, and its Java files.
 */
record CorpusCase(
    String name, String category, boolean vulnerable, int cwe, String note, List<CaseFile> files) {

  CorpusCase {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(category, "category == null");
    Objects.requireNonNull(note, "note == null");
    files = List.copyOf(files);
    if (files.isEmpty()) throw new IllegalArgumentException(name + ": a case needs a file");
  }

  /** Returns true if the case spans more than one file. */
  boolean crossFile() {
    return files.size() > 1;
  }

  /** One file of a case: its path relative to the corpus root, and its text. */
  record CaseFile(String path, String text) {
    CaseFile {
      Objects.requireNonNull(path, "path == null");
      Objects.requireNonNull(text, "text == null");
    }
  }
}

package dev.vigil.engine.analysis.taint;

import java.util.List;
import java.util.Objects;

/** A file lowered by a front end: its path and top-level statements. */
public record SourceModule(String path, List<Stmt> body) {
  public SourceModule {
    Objects.requireNonNull(path, "path == null");
    body = List.copyOf(body);
  }
}

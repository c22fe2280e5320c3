package dev.vigil.engine.analysis.java.mybatis;

import java.util.Set;

/**
 * A mapped statement whose SQL pastes values in: the mapper interface it belongs to (the XML
 * namespace), its id (the interface method's name), the roots of its {@code ${...}} expressions
 * and where it was declared, for the provenance of the sink rows it becomes.
 */
record MapperStatement(String namespace, String id, Set<String> roots, String origin) {
  MapperStatement {
    roots = Set.copyOf(roots);
  }
}

package dev.vigil.engine.analysis.java.mybatis;

import java.util.Map;

/**
 * A MyBatis mapper XML file reduced to its namespace, its statements (select, insert, update,
 * delete) and its {@code <sql>} fragments, by id.
 */
record MapperXml(String path, String namespace, Map<String, SqlPart> statements,
    Map<String, SqlPart> fragments) {
  MapperXml {
    statements = Map.copyOf(statements);
    fragments = Map.copyOf(fragments);
  }
}

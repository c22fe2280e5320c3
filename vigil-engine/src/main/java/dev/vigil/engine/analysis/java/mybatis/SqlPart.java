package dev.vigil.engine.analysis.java.mybatis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A piece of a mapper's dynamic SQL, reduced to what decides which values are pasted in: text,
 * a reference to a {@code <sql>} fragment, or a block ({@code <if>}, {@code <where>}, {@code
 * <foreach>}...) whose variables stand for other names ({@code <foreach item="id"
 * collection="ids">}, {@code <bind>}).
 */
sealed interface SqlPart {
  /** SQL text, possibly with {@code ${...}} expressions. */
  record Text(String text) implements SqlPart {}

  /** An {@code <include refid>}; its {@code <property>} names are replaced when MyBatis parses. */
  record Include(String refid, Set<String> properties, String propertyText) implements SqlPart {}

  /** Nested parts, with the variables the block defines and the names each stands for. */
  record Block(List<SqlPart> parts, Map<String, Set<String>> variables) implements SqlPart {
    public Block {
      parts = List.copyOf(parts);
      variables = Map.copyOf(variables);
    }
  }
}

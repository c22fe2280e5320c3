/**
 * MyBatis mappers as taint model rows. A mapper statement pastes the values of its {@code ${...}}
 * expressions into the SQL text; {@link dev.vigil.engine.analysis.java.mybatis.MyBatisModels}
 * reads the tree's mapper XML files (with a parser that loads nothing external) and the MyBatis
 * SQL annotations of its interfaces, binds each expression to the interface method's parameter as
 * MyBatis does, and gives the result as a model file of {@code sql-injection} sink rows, which the
 * Java taint session adds to the built-in models. What a file reads is decided by the file alone;
 * what the rows are depends on the whole tree (a fragment included from another mapper, the
 * interface a namespace names), so they are recomputed when the tree changes.
 */
package dev.vigil.engine.analysis.java.mybatis;

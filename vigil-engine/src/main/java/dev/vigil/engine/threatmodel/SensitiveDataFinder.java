package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sensitive data by name: Java fields other than constants and record components (and their
 * {@code @Column} names), classes named for audit logs, SQL columns, and keys of {@code .properties}, Spring-style
 * YAML configuration and {@code .env} files.
 */
final class SensitiveDataFinder {
  private static final Pattern SQL_COLUMN = Pattern.compile(
      "(?im)^\\s*\"?(\\w+)\"?\\s+(varchar|text|char|int|integer|bigint|smallint|numeric|decimal|date|"
          + "timestamp|boolean|bytea|blob|clob|uuid|jsonb?|bigserial|serial)\\b");
  private static final Pattern PROPERTY = Pattern.compile("^\\s*([\\w.\\-\\[\\]]+)\\s*[=:]");
  private static final Pattern YAML_KEY = Pattern.compile("^(\\s*)(?:-\\s+)?([\\w.\\-]+)\\s*:");
  private static final Pattern CONFIG_YAML = Pattern.compile(
      "(^|/)(application|bootstrap)[\\w-]*\\.ya?ml$");
  private static final Pattern ENV_FILE = Pattern.compile("(^|/)\\.env(\\.[\\w-]+)?$");

  private final Map<String, SensitiveData> found = new LinkedHashMap<>();

  /** Adds the fields, record components and audit classes of the Java code. */
  SensitiveDataFinder java(JavaCode code) {
    for (JavaCode.TypeInfo type : code.types().values()) {
      String path = type.file().path();
      String typeName = type.declaration().getNameAsString();
      SensitiveNames.categorise(typeName).filter(c -> c == SensitiveCategory.AUDIT_LOG)
          .ifPresent(c -> add(c, typeName, path, JavaFile.line(type.declaration())));
      for (FieldDeclaration field : type.declaration().getFields()) {
        if (field.isStatic() && field.isFinal()) continue;
        for (VariableDeclarator variable : field.getVariables()) {
          name(variable.getNameAsString(), path, JavaFile.line(variable));
        }
        Annotations.find(field, "Column").ifPresent(column -> Annotations.values(column, "name")
            .forEach(name -> name(name, path, JavaFile.line(field))));
      }
      if (type.declaration() instanceof RecordDeclaration record) {
        for (Parameter component : record.getParameters()) {
          name(component.getNameAsString(), path, JavaFile.line(component));
        }
      }
    }
    return this;
  }

  /** Adds the sensitive names of a non-Java file the inference reads, if it is a kind it knows. */
  SensitiveDataFinder file(String path, String text) {
    if (path.endsWith(".sql")) {
      Matcher column = SQL_COLUMN.matcher(text);
      while (column.find()) name(column.group(1), path, WebXml.lineOf(text, column.start(1)));
    } else if (path.endsWith(".properties") || ENV_FILE.matcher(path).find()) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher key = PROPERTY.matcher(lines.get(i));
        if (!lines.get(i).stripLeading().startsWith("#") && key.find()) name(key.group(1), path, i + 1);
      }
    } else if (CONFIG_YAML.matcher(path).find()) {
      yaml(path, text);
    }
    return this;
  }

  /** Returns true if {@link #file} reads {@code path}. */
  static boolean reads(String path) {
    return path.endsWith(".sql") || path.endsWith(".properties") || ENV_FILE.matcher(path).find()
        || CONFIG_YAML.matcher(path).find();
  }

  private void yaml(String path, String text) {
    Deque<Map.Entry<Integer, String>> parents = new ArrayDeque<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher key = YAML_KEY.matcher(lines.get(i));
      if (lines.get(i).stripLeading().startsWith("#") || !key.find()) continue;
      int indent = key.group(1).length();
      while (!parents.isEmpty() && parents.peek().getKey() >= indent) parents.pop();
      List<String> names = new ArrayList<>();
      parents.descendingIterator().forEachRemaining(p -> names.add(p.getValue()));
      names.add(key.group(2));
      String full = String.join(".", names);
      parents.push(Map.entry(indent, key.group(2)));
      String rest = lines.get(i).substring(key.end()).strip();
      if (!rest.isEmpty() && !rest.startsWith("#")) {
        int line = i + 1;
        SensitiveNames.categorise(key.group(2)).ifPresent(c -> add(c, full, path, line));
      }
    }
  }

  private void name(String name, String path, int line) {
    SensitiveNames.categorise(name).ifPresent(category -> add(category, name, path, line));
  }

  private void add(SensitiveCategory category, String name, String path, int line) {
    found.putIfAbsent(category + "|" + name + "|" + path, new SensitiveData(category, name, path, line));
  }

  /** Returns what was found, in the order found. */
  List<SensitiveData> found() {
    return List.copyOf(found.values());
  }
}

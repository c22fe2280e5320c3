package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's own classes across its files, by simple and qualified name, with the project's
 * part of the type hierarchy and the implementations of each type, so calls through an interface
 * with one implementation reach that implementation. Each lookup the analysis makes is told to a
 * {@link #listen listener} with its answer, so a cached summary can check that another index
 * answers alike ({@link SummaryCache}).
 */
final class ProjectIndex {
  private final Map<String, List<ClassInfo>> bySimpleName = new HashMap<>();
  private final Map<String, ClassInfo> byQualifiedName = new HashMap<>();
  private final Map<Node, ClassInfo> byDeclaration = new IdentityHashMap<>();
  private final List<ClassInfo> classes = new ArrayList<>();
  private final TypeHierarchy hierarchy;
  private final Map<String, List<CallableDeclaration<?>>> methodsByName = new HashMap<>();
  private final Map<TargetKey, List<CallableDeclaration<?>>> targets = new HashMap<>();
  private final Map<ClassInfo, List<ClassInfo>> subtypes = new IdentityHashMap<>();
  /** Each class's direct supertypes, resolved in this project. */
  private final Map<ClassInfo, List<String>> supertypes = new IdentityHashMap<>();
  /** The project's own edges of the type hierarchy, as {@code type > supertype}. */
  private final java.util.Set<String> edges = new java.util.HashSet<>();
  private java.util.Set<String> instanceFields;
  private java.util.function.BiConsumer<Lookup, Object> listener;
  private Boolean servesHttp;

  /** Indexes the classes of the given files; supertypes are resolved with the models' types. */
  ProjectIndex(List<JavaSource> sources, TaintModels models) {
    // in path order: summaries of recursive methods and the taints kept for a value depend on the
    // order in which classes are analysed, so the same files give the same findings in any order
    List<JavaSource> ordered = new ArrayList<>(sources);
    ordered.sort(java.util.Comparator.comparing(JavaSource::path));
    for (JavaSource source : ordered) {
      for (ClassInfo info : source.classes()) {
        classes.add(info);
        byDeclaration.put(info.declaration(), info);
        bySimpleName.computeIfAbsent(info.simpleName(), k -> new ArrayList<>()).add(info);
        byQualifiedName.put(info.qualifiedName(), info);
        info.methods.forEach((name, methods) ->
            methodsByName.computeIfAbsent(name, k -> new ArrayList<>()).addAll(methods));
      }
    }
    TypeHierarchy own = new TypeHierarchy();
    for (ClassInfo c : classes) {
      if (c.declaration() instanceof EnumDeclaration) own.add(c.qualifiedName(), "java.lang.Enum");
      List<String> resolved = new ArrayList<>();
      for (String s : superTypeNames(c.declaration())) {
        resolved.add(c.source().resolve(s, this, models));
        own.add(c.qualifiedName(), resolved.get(resolved.size() - 1));
        edges.add(c.qualifiedName() + " > " + resolved.get(resolved.size() - 1));
      }
      if (c.declaration() instanceof EnumDeclaration) edges.add(c.qualifiedName() + " > enum");
      supertypes.put(c, resolved);
    }
    this.hierarchy = models.hierarchy().with(own);
  }

  /**
   * Returns the classes {@code source} declares, nested ones included, with their members. They
   * depend only on the file, so a parsed file keeps them; what they mean in a project (resolved
   * supertypes, subtypes) is the index's.
   */
  static List<ClassInfo> classesOf(JavaSource source) {
    List<ClassInfo> found = new ArrayList<>();
    for (TypeDeclaration<?> type : source.unit().getTypes()) {
      collect(source, type, null, source.packageName(), found);
    }
    return found;
  }

  private static void collect(JavaSource source, TypeDeclaration<?> type, ClassInfo outer,
      String prefix, List<ClassInfo> into) {
    String simple = type.getNameAsString();
    String qualified = prefix.isEmpty() ? simple : prefix + "." + simple;
    boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    ClassInfo info = new ClassInfo(simple, qualified, source, type, outer, isInterface);
    into.add(info);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration f) {
        for (VariableDeclarator v : f.getVariables()) {
          info.fields.put(v.getNameAsString(), v);
          info.staticFields.put(v.getNameAsString(), f.isStatic());
        }
      } else if (member instanceof MethodDeclaration m) {
        info.methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m);
      } else if (member instanceof ConstructorDeclaration c) {
        info.constructors.add(c);
      } else if (member instanceof TypeDeclaration<?> nested) {
        collect(source, nested, info, qualified, into);
      }
    }
  }

  private static List<String> superTypeNames(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      for (ClassOrInterfaceType t : c.getExtendedTypes()) names.add(t.getNameWithScope());
      for (ClassOrInterfaceType t : c.getImplementedTypes()) names.add(t.getNameWithScope());
    } else if (type instanceof EnumDeclaration e) {
      for (ClassOrInterfaceType t : e.getImplementedTypes()) names.add(t.getNameWithScope());
    } else if (type instanceof RecordDeclaration r) {
      for (ClassOrInterfaceType t : r.getImplementedTypes()) names.add(t.getNameWithScope());
    }
    return names;
  }

  /** Returns every class of the project. */
  List<ClassInfo> classes() {
    return classes;
  }

  /**
   * Returns true if the project handles HTTP requests ({@link HttpEntryPoints}): a repository-wide
   * decision, so it is part of the summary cache's key rather than a traced lookup.
   */
  boolean servesHttp() {
    if (servesHttp == null) servesHttp = HttpEntryPoints.served(this);
    return servesHttp;
  }

  /** Returns the class of a type declaration node, or null. */
  ClassInfo of(Node declaration) {
    return byDeclaration.get(declaration);
  }

  /**
   * Makes every lookup below tell {@code listener} what was asked and the answer; null stops it.
   * The hierarchy is not told: {@link #edges} stands for it.
   */
  void listen(java.util.function.BiConsumer<Lookup, Object> listener) {
    this.listener = listener;
  }

  private <T> T told(Lookup lookup, T answer) {
    if (listener != null) listener.accept(lookup, answer);
    return answer;
  }

  /** Returns the project's own edges of the type hierarchy: equal sets answer subtype questions alike. */
  java.util.Set<String> edges() {
    return edges;
  }

  /**
   * A question to the index whose answer a summary depends on; {@link #answer} asks another
   * index. Answers are classes and methods (compared by identity), names and flags.
   */
  sealed interface Lookup {
    /** Returns this question's answer in {@code index}, without telling its listener. */
    Object answer(ProjectIndex index);
  }

  private record ByQualifiedName(String name) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.byQualifiedName.get(name);
    }
  }

  private record ByName(String name, String packageName) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findByName(name, packageName);
    }
  }

  private record ClassOf(String type) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findClass(type);
    }
  }

  private record Targets(ClassInfo type, String name, int arity) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findTargets(type, name, arity);
    }
  }

  private record Anywhere(String name, int arity) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findAnywhere(name, arity);
    }
  }

  private record Superclass(ClassInfo type) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findSuperclass(type);
    }
  }

  private record OwnerOf(Node node) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findOwner(node);
    }
  }

  private record InstanceField(String key) implements Lookup {
    public Object answer(ProjectIndex index) {
      return index.findInstanceField(key);
    }
  }

  /** Returns the class that declares a callable (or encloses a node), or null. */
  ClassInfo ownerOf(Node node) {
    return told(new OwnerOf(node), findOwner(node));
  }

  private ClassInfo findOwner(Node node) {
    Node n = node.getParentNode().orElse(null);
    while (n != null) {
      ClassInfo c = byDeclaration.get(n);
      if (c != null) return c;
      n = n.getParentNode().orElse(null);
    }
    return null;
  }

  /** Returns true if a field key ({@code Owner.name}) names an instance field of a project class. */
  boolean isInstanceField(String fieldKey) {
    return told(new InstanceField(fieldKey), findInstanceField(fieldKey));
  }

  private boolean findInstanceField(String fieldKey) {
    if (instanceFields == null) {
      instanceFields = new java.util.HashSet<>();
      for (ClassInfo c : classes) {
        c.staticFields.forEach((name, isStatic) -> {
          if (!isStatic) instanceFields.add(AnalysisRun.key(c, name));
        });
      }
    }
    return instanceFields.contains(fieldKey);
  }

  /** Returns the project's type hierarchy joined with the models' one. */
  TypeHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns the class of a qualified name, or null. */
  ClassInfo byQualifiedName(String name) {
    return told(new ByQualifiedName(name), byQualifiedName.get(name));
  }

  /**
   * Returns the class a simple or dotted name means, preferring one in {@code packageName}; null
   * if the project declares no such class.
   */
  ClassInfo byName(String name, String packageName) {
    return told(new ByName(name, packageName), findByName(name, packageName));
  }

  private ClassInfo findByName(String name, String packageName) {
    ClassInfo exact = byQualifiedName.get(name);
    if (exact != null) return exact;
    if (!packageName.isEmpty()) {
      exact = byQualifiedName.get(packageName + "." + name);
      if (exact != null) return exact;
    }
    String simple = CallPattern.simpleName(name);
    List<ClassInfo> candidates = bySimpleName.getOrDefault(simple, List.of());
    if (candidates.isEmpty()) return null;
    for (ClassInfo c : candidates) {
      if (c.qualifiedName().endsWith("." + name) || c.qualifiedName().equals(name)) return c;
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /** Returns the class a resolved type name means, or null. */
  ClassInfo classOf(String type) {
    return told(new ClassOf(type), findClass(type));
  }

  private ClassInfo findClass(String type) {
    if (type == null) return null;
    String erased = TypeNames.erase(type);
    ClassInfo exact = byQualifiedName.get(erased);
    if (exact != null) return exact;
    if (erased.indexOf('.') < 0) {
      List<ClassInfo> candidates = bySimpleName.getOrDefault(erased, List.of());
      return candidates.size() == 1 ? candidates.get(0) : null;
    }
    return null;
  }

  /**
   * Returns the methods a call of {@code name} with {@code arity} arguments on a receiver of class
   * {@code type} may run: the class's own or inherited declaration, and the overriding ones of its
   * project subtypes (all implementations of an interface). Memoised.
   */
  List<CallableDeclaration<?>> targets(ClassInfo type, String name, int arity) {
    return told(new Targets(type, name, arity), findTargets(type, name, arity));
  }

  private List<CallableDeclaration<?>> findTargets(ClassInfo type, String name, int arity) {
    return targets.computeIfAbsent(new TargetKey(type, name, arity), k -> {
      List<CallableDeclaration<?>> found = new ArrayList<>();
      ClassInfo c = type;
      for (int depth = 0; c != null && depth < 16 && found.isEmpty(); depth++) {
        addMatching(c.methods(name), arity, found);
        c = findSuperclass(c);
      }
      for (ClassInfo sub : subtypes(type)) addMatching(sub.methods(name), arity, found);
      found.removeIf(m -> !hasBody(m));
      return List.copyOf(found);
    });
  }

  private record TargetKey(ClassInfo type, String name, int arity) {}

  private List<ClassInfo> subtypes(ClassInfo type) {
    return subtypes.computeIfAbsent(type, t -> {
      List<ClassInfo> subs = new ArrayList<>();
      for (ClassInfo sub : classes) {
        if (sub != t && !supertypes.get(sub).isEmpty()
            && hierarchy.isSubtype(sub.qualifiedName(), t.qualifiedName(), true)) {
          subs.add(sub);
        }
      }
      return subs;
    });
  }

  /** Returns the project methods of a name and arity anywhere in the project. */
  List<CallableDeclaration<?>> anywhere(String name, int arity) {
    return told(new Anywhere(name, arity), findAnywhere(name, arity));
  }

  private List<CallableDeclaration<?>> findAnywhere(String name, int arity) {
    List<CallableDeclaration<?>> found = new ArrayList<>();
    addMatching(methodsByName.getOrDefault(name, List.of()), arity, found);
    found.removeIf(m -> !hasBody(m));
    return found;
  }

  /** Returns the project superclass of a class, or null. */
  ClassInfo superclass(ClassInfo c) {
    return told(new Superclass(c), findSuperclass(c));
  }

  private ClassInfo findSuperclass(ClassInfo c) {
    for (String s : supertypes.getOrDefault(c, List.of())) {
      ClassInfo sup = findClass(s);
      if (sup != null && !sup.isInterface()) return sup;
    }
    return null;
  }

  private static void addMatching(List<CallableDeclaration<?>> methods, int arity,
      List<CallableDeclaration<?>> into) {
    for (CallableDeclaration<?> m : methods) {
      int params = m.getParameters().size();
      boolean varargs = params > 0 && m.getParameter(params - 1).isVarArgs();
      if (params == arity || (varargs && arity >= params - 1)) {
        // by identity: Node.equals compares whole syntax trees, and two classes may declare
        // methods that read alike
        if (into.stream().noneMatch(known -> known == m)) into.add(m);
      }
    }
  }

  static boolean hasBody(CallableDeclaration<?> m) {
    return m instanceof ConstructorDeclaration
        || (m instanceof MethodDeclaration md && md.getBody().isPresent());
  }
}

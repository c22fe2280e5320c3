package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shared base of the Java fix generators: reads and parses the files of the finding's evidence,
 * lets the subclass edit their trees, and turns the edited trees into a patch. A subclass throws
 * {@link NoSafeFix} to refuse; anything else it throws becomes a refusal naming the failure.
 */
abstract class JavaFix implements FixGenerator {
  private final Set<String> rules;

  JavaFix(String... rules) {
    this.rules = Set.of(rules);
  }

  @Override
  public boolean handles(Finding finding) {
    return rules.contains(finding.ruleId()) && finding.location().path().endsWith(".java");
  }

  @Override
  public final Proposal propose(Finding finding, SourceFiles files) {
    Edit edit = new Edit(finding, files);
    try {
      String rationale = fix(edit);
      List<FileEdit> edits = new ArrayList<>(edit.units.values().stream().map(JavaUnit::edit).toList());
      edits.addAll(edit.texts.values());
      if (edits.stream().noneMatch(FileEdit::changes)) {
        return Proposal.refused("the fix for " + finding.ruleId() + " found nothing to change at "
            + finding.location().path() + ":" + finding.location().line());
      }
      return new Proposal.Fixed(new RemediationPatch(finding.ruleId(), rationale, edit.notes, edits));
    } catch (NoSafeFix refusal) {
      return Proposal.refused(refusal.getMessage());
    } catch (RuntimeException failure) {
      return Proposal.refused("the " + finding.ruleId() + " fix could not edit "
          + finding.location().path() + " (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")");
    }
  }

  /** Edits the trees of {@code edit} to fix its finding; returns why the change fixes it. */
  abstract String fix(Edit edit);

  /** The files a fix is editing, and the notes it leaves for people. */
  static final class Edit {
    final Finding finding;
    private final SourceFiles files;
    private final Map<String, JavaUnit> units = new LinkedHashMap<>();
    private final Map<String, FileEdit> texts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Edit(Finding finding, SourceFiles files) {
      this.finding = finding;
      this.files = files;
    }

    /** Returns the finding's own file, parsed. */
    JavaUnit unit() {
      return unit(finding.location().path());
    }

    /** Returns the file at {@code path}, parsed once per fix; refuses when it is absent or not Java. */
    JavaUnit unit(String path) {
      JavaUnit known = units.get(path);
      if (known != null) return known;
      String text = files.read(path).orElseThrow(() -> new NoSafeFix(path + " is not in the tree"));
      JavaUnit unit = JavaUnit.parse(path, text)
          .orElseThrow(() -> new NoSafeFix(path + " does not parse as Java, so it cannot be edited safely"));
      units.put(path, unit);
      return unit;
    }

    /** Returns the text of the file at {@code path}, as the fix is leaving it. */
    Optional<String> read(String path) {
      FileEdit edited = texts.get(path);
      return edited != null ? Optional.of(edited.after()) : files.read(path);
    }

    /** Sets the new text of a file that is not Java (a build file). */
    void write(String path, String after) {
      String before = texts.containsKey(path) ? texts.get(path).before() : files.read(path).orElseThrow();
      texts.put(path, new FileEdit(path, before, after));
    }

    /** Adds a note a person must act on outside the code. */
    void note(String note) {
      notes.add(note);
    }

    /** Returns the evidence steps in order, then a step at the finding's own location. */
    List<EvidenceStep> evidenceAndFinding() {
      List<EvidenceStep> steps = new ArrayList<>(finding.evidence());
      steps.add(new EvidenceStep(finding.location(), finding.excerpt(), "the finding"));
      return steps;
    }

    /**
     * Returns the call (method call or object creation) at the finding's location whose name is
     * one of {@code names}: the one starting at its column, else the outermost on its line.
     */
    Node callAt(Set<String> names) {
      return callAt(finding.location().path(), finding.location().line(), finding.location().column(), names)
          .orElseThrow(() -> new NoSafeFix("no call of " + String.join("/", names) + " at "
              + finding.location().path() + ":" + finding.location().line()));
    }

    Optional<Node> callAt(String path, int line, int column, Set<String> names) {
      List<Node> calls = new ArrayList<>();
      for (Node node : unit(path).covering(Node.class, line)) {
        String name = node instanceof MethodCallExpr call ? call.getNameAsString()
            : node instanceof ObjectCreationExpr creation ? creation.getType().getNameAsString() : null;
        if (name != null && names.contains(name)) calls.add(node);
      }
      Optional<Node> exact = calls.stream().filter(n -> n.getBegin().map(b -> b.line == line && b.column == column)
          .orElse(false)).findFirst();
      if (exact.isPresent()) return exact;
      return calls.stream().filter(n -> n.getBegin().map(b -> b.line == line).orElse(false)).reduce((a, b) -> b)
          .or(() -> calls.stream().findFirst());
    }
  }
}

package dev.vigil.engine.owners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A repository's CODEOWNERS file as GitHub reads it: the first of {@code .github/CODEOWNERS},
 * {@code CODEOWNERS} and {@code docs/CODEOWNERS}; one rule a line (a pattern, then owners:
 * {@code @user}, {@code @org/team} or an e-mail address); {@code #} starts a comment; the last rule
 * matching a path gives its owners, and a rule without owners leaves the path without any. Lines
 * GitHub rejects ({@code !} negation, {@code [ ]} ranges) are skipped and listed in {@link #problems}.
 */
public final class CodeOwners {
  /** Where GitHub looks for the file, in its order. */
  public static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");
  /** GitHub ignores a CODEOWNERS file over 3 MB. */
  public static final int MAX_BYTES = 3 * 1024 * 1024;
  /** A repository without a CODEOWNERS file: nobody owns anything. */
  public static final CodeOwners NONE = new CodeOwners(null, List.of(), List.of());

  private static final Pattern OWNER = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String source;
  private final List<Rule> rules;
  private final List<String> problems;

  /** One line of the file: its pattern and owners. */
  private record Rule(OwnerPattern pattern, List<String> owners) {}

  private CodeOwners(String source, List<Rule> rules, List<String> problems) {
    this.source = source;
    this.rules = rules;
    this.problems = problems;
  }

  /** Returns the rules of {@code text}, read from the file at {@code source}. */
  public static CodeOwners parse(String source, String text) {
    List<Rule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int number = 1; number <= lines.length; number++) {
      String line = stripComment(lines[number - 1]).strip();
      if (line.isEmpty()) continue;
      String[] words = line.split("\\s+");
      String pattern = words[0];
      if (pattern.startsWith("!")) {
        problems.add("line " + number + ": negation (!) is not supported; the line is ignored");
        continue;
      }
      if (pattern.contains("[") || pattern.contains("]")) {
        problems.add("line " + number + ": character ranges ([ ]) are not supported; the line is ignored");
        continue;
      }
      List<String> owners = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        if (OWNER.matcher(words[i]).matches()) {
          owners.add(words[i]);
        } else {
          problems.add("line " + number + ": '" + words[i] + "' is not a user, team or e-mail address");
        }
      }
      rules.add(new Rule(OwnerPattern.parse(pattern), List.copyOf(owners)));
    }
    return new CodeOwners(source, List.copyOf(rules), List.copyOf(problems));
  }

  /**
   * Returns the CODEOWNERS file of {@code commit}'s tree (the first of {@link #LOCATIONS} that is a
   * file), or {@link #NONE}; a file over {@link #MAX_BYTES} is ignored as GitHub does, with a problem.
   */
  public static CodeOwners at(Repository repository, ObjectId commit) throws IOException {
    try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      var tree = walk.parseCommit(commit).getTree();
      for (String location : LOCATIONS) {
        try (TreeWalk entry = TreeWalk.forPath(reader, location, tree)) {
          if (entry == null || entry.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) continue;
          ObjectId blob = entry.getObjectId(0);
          long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
          if (size > MAX_BYTES) {
            return new CodeOwners(location, List.of(),
                List.of(location + " is " + size + " bytes, over GitHub's limit of 3 MB; it is ignored"));
          }
          return parse(location, new String(reader.open(blob).getBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return NONE;
  }

  /** Returns the owners of {@code path} (slash-separated, from the root): the last matching rule's. */
  public List<String> ownersOf(String path) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).pattern().matches(path)) return rules.get(i).owners();
    }
    return List.of();
  }

  /** Returns the path of the file the rules came from, if there is one. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Returns the lines that were skipped or partly read, with why. */
  public List<String> problems() {
    return problems;
  }

  /** Returns true if {@code owner} names a team ({@code @org/team}). */
  public static boolean isTeam(String owner) {
    return owner.startsWith("@") && owner.indexOf('/') > 0;
  }

  private static String stripComment(String line) {
    if (line.stripLeading().startsWith("#")) return "";
    int hash = line.indexOf(" #");
    int tab = line.indexOf("\t#");
    int cut = hash < 0 ? tab : tab < 0 ? hash : Math.min(hash, tab);
    return cut < 0 ? line : line.substring(0, cut);
  }
}

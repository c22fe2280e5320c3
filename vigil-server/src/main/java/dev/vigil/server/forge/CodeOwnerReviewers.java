package dev.vigil.server.forge;

import dev.vigil.engine.owners.CodeOwners;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewers of a fix: the CODEOWNERS owners of the files it touches, in the order the files and
 * rules name them, split as GitHub's review request wants them: user logins and team slugs (of the
 * repository's organisation). E-mail owners stay in {@link #owners} but cannot be requested.
 */
public record CodeOwnerReviewers(List<String> owners, List<String> users, List<String> teams) {
  public CodeOwnerReviewers {
    owners = List.copyOf(owners);
    users = List.copyOf(users);
    teams = List.copyOf(teams);
  }

  /** Returns the reviewers of a change to {@code paths} under {@code codeOwners}. */
  public static CodeOwnerReviewers of(CodeOwners codeOwners, List<String> paths) {
    Set<String> owners = new LinkedHashSet<>();
    for (String path : paths) owners.addAll(codeOwners.ownersOf(path));
    Set<String> users = new LinkedHashSet<>();
    Set<String> teams = new LinkedHashSet<>();
    for (String owner : owners) {
      if (CodeOwners.isTeam(owner)) {
        teams.add(owner.substring(owner.indexOf('/') + 1));
      } else if (owner.startsWith("@")) {
        users.add(owner.substring(1));
      }
    }
    return new CodeOwnerReviewers(List.copyOf(owners), List.copyOf(users), List.copyOf(teams));
  }

  /** Returns true if there is someone to request a review from. */
  public boolean any() {
    return !users.isEmpty() || !teams.isEmpty();
  }
}

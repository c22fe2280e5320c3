package dev.vigil.engine.git;

import java.time.Instant;
import java.util.Objects;
import org.eclipse.jgit.revwalk.RevCommit;

/** The facts about a commit that a finding cites: sha, author, date and message. */
public record CommitInfo(String sha, String author, Instant date, String message) {
  public CommitInfo {
    Objects.requireNonNull(sha, "sha == null");
    Objects.requireNonNull(date, "date == null");
    author = author == null ? "" : author;
    message = message == null ? "" : message;
  }

  /** Returns the facts of a parsed JGit commit; the date is the author date. */
  public static CommitInfo of(RevCommit commit) {
    var ident = commit.getAuthorIdent();
    String author = ident == null ? "" : ident.getName() + " <" + ident.getEmailAddress() + ">";
    Instant date = ident == null
        ? Instant.ofEpochSecond(commit.getCommitTime())
        : ident.getWhenAsInstant();
    return new CommitInfo(commit.name(), author, date, commit.getFullMessage().strip());
  }

  /** Returns the first line of the message. */
  public String subject() {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Returns the abbreviated sha shown to people. */
  public String shortSha() {
    return sha.substring(0, Math.min(10, sha.length()));
  }
}

/**
 * Publishing a reviewed remediation patch (issue 13): from an approved, validated patch of a finding
 * to a branch, a {@code git format-patch} file and, on GitHub, a pull request that code owners can
 * read.
 *
 * <p><b>What.</b> {@link dev.vigil.server.forge.PullRequests} publishes the finding's newest patch
 * once it validated and a reviewer approved its current diff (an edit clears the approval):
 * {@link dev.vigil.server.forge.FixCommit} writes one commit on the patch's base commit straight into
 * the object database (no work tree), with a message naming the finding
 * ({@link dev.vigil.server.forge.FixMessage}); {@link dev.vigil.server.forge.FixBranch} points
 * {@code vigil/fix-<finding id>-<short rule>} at it, in place for a repository connected by a local
 * path, pushed with the repository's credential otherwise. Where the repository is linked to GitHub
 * and its credential is a token, a pull request is opened (body:
 * {@link dev.vigil.server.forge.PullRequestBody}) and reviews requested from the CODEOWNERS owners of
 * the touched files ({@link dev.vigil.server.forge.CodeOwnerReviewers}).
 * {@link dev.vigil.server.forge.PullRequestStates} follows its state by polling and webhooks.
 *
 * <p><b>How.</b> The commit's author and date are Vigil and the time the patch last changed, so the
 * same patch always gives the same commit id: the format-patch download
 * ({@link dev.vigil.server.forge.FormatPatch}, computed with an inserter that stores nothing) and
 * the pushed branch name the same commit. A branch that exists is overwritten only when it holds the
 * commit Vigil pushed there for the same finding, and then with a lease. GitHub's refusals become API
 * errors with their own codes ({@link dev.vigil.server.forge.GitHubFailures}); a refused pull
 * request leaves the pushed branch and a note, and asking again retries only the pull request.
 *
 * <p><b>Approximated.</b> A patch changes files and creates regular files (its regression test,
 * which a repository with an environment gets in the patch itself, validated in the sandbox by
 * {@link dev.vigil.server.jobs.PatchValidations}); it deletes, renames and changes the mode of
 * nothing. Reviewers are requested as GitHub logins and team slugs; e-mail owners are listed but
 * not requested. The regression test is read from the patch validation step whose name starts with
 * {@code regression}.
 *
 * <p><b>Next.</b> Other forges (GitLab merge requests) would sit beside the GitHub calls; the branch
 * and format-patch parts already work for any Git remote.
 */
package dev.vigil.server.forge;

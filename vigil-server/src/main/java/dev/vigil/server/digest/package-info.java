/**
 * The weekly digest. {@link dev.vigil.server.digest.Digests} computes what a team should look at
 * over a window, per repository (recommended top 10, new high and critical findings, fixes with
 * their commits, deferrals due, threat model review, stale scans, failing environments, and each
 * false-positive rejection with a {@link dev.vigil.server.digest.RejectionAdvice suggestion}).
 * {@link dev.vigil.server.digest.DigestText} words it once for Markdown and for Slack's mrkdwn
 * ({@link dev.vigil.server.digest.Markup} escapes what people and repositories wrote); the HTML is a
 * jte page reusing the UI's charts. {@link dev.vigil.server.digest.DigestService} is the one entry
 * for the command line, the API and the scheduled job, whose slots
 * ({@link dev.vigil.server.digest.DigestSchedule}) are counted from when it was switched on, so
 * enabling it never sends for a slot already past. Several processes on one database share the job
 * through db-scheduler: one of them runs each check.
 */
package dev.vigil.server.digest;

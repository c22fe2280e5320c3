/**
 * The release review: before a release, every high, critical and deferred finding re-checked at
 * the release's commit. {@link dev.vigil.server.review.ReleaseReview} analyses that tree once (the
 * same analysis as a scan's first step, through the shared cache) and decides each item from its
 * presence there and its triage state; the command line, the API and the web page print the same
 * {@link dev.vigil.server.review.ReleaseChecklist}.
 */
package dev.vigil.server.review;

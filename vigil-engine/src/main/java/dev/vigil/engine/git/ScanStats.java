package dev.vigil.engine.git;

/**
 * What a pass cost: blobs read from the object store, bytes of them analysed, analyzer runs (one
 * per blob and analyzer whose result was not cached) and cache hits.
 */
public record ScanStats(long blobsRead, long bytesAnalysed, long analyzerRuns, long cacheHits) {}

package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The analysis cache in the database, shared by every scan and every Vigil process: a blob
 * analysed once by one analyzer version is never analysed again, even after a restart.
 */
public final class JdbiAnalysisCache implements AnalysisCache {
  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};
  private final Jdbi jdbi;

  public JdbiAnalysisCache(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<CachedAnalysis> get(Key key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT findings, error FROM analysis_cache "
            + "WHERE blob_id = ? AND analyzer_id = ? AND analyzer_version = ?")
        .bind(0, key.blobId()).bind(1, key.analyzerId()).bind(2, key.analyzerVersion())
        .map((rs, ctx) -> new CachedAnalysis(Json.read(rs.getString("findings"), FINDINGS),
            rs.getString("error")))
        .findOne());
  }

  @Override
  public void put(Key key, CachedAnalysis result) {
    String findings = Json.write(result.findings());
    String error = result.error() == null ? null
        : result.error().substring(0, Math.min(2000, result.error().length()));
    try {
      write(key, findings, error);
    } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException raced) {
      // Another process inserted the same key meanwhile; its result equals ours.
      if (get(key).isEmpty()) throw raced;
    }
  }

  private void write(Key key, String findings, String error) {
    jdbi.useTransaction(h -> {
      int updated = h.createUpdate("UPDATE analysis_cache SET findings = ?, error = ? "
              + "WHERE blob_id = ? AND analyzer_id = ? AND analyzer_version = ?")
          .bind(0, findings).bind(1, error).bind(2, key.blobId()).bind(3, key.analyzerId())
          .bind(4, key.analyzerVersion()).execute();
      if (updated == 0) {
        h.createUpdate("INSERT INTO analysis_cache (blob_id, analyzer_id, analyzer_version, findings, error) "
                + "VALUES (?, ?, ?, ?, ?)")
            .bind(0, key.blobId()).bind(1, key.analyzerId()).bind(2, key.analyzerVersion())
            .bind(3, findings).bind(4, error).execute();
      }
    });
  }
}

package corpus.logi.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

  public void record(String action, String subject) {
    LOG.info("audit action=" + action + " subject=" + subject);
  }
}

package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.util.List;

/** Findings as analyzers would report them in the {@code spring-api} fixture. */
final class ShopFindings {
  static final String SERVICE = "src/main/java/com/acme/shop/service/";

  /** SQL built from the {@code name} query parameter of GET /api/users. */
  static final Finding SQL_INJECTION = finding("java.sql-injection", Severity.HIGH, Confidence.HIGH,
      SERVICE + "UserService.java", 24,
      "return jdbc.query(\"SELECT * FROM users WHERE name = '\" + name + \"'\", new UserRowMapper());");
  /** An uploaded file name used as a path. */
  static final Finding PATH_INJECTION = finding("java.path-injection", Severity.HIGH, Confidence.MEDIUM,
      SERVICE + "StorageService.java", 14, "Files.write(target, bytes);");
  /** A webhook body deserialized with ObjectInputStream. */
  static final Finding DESERIALIZATION = finding("java.unsafe-deserialization", Severity.CRITICAL,
      Confidence.HIGH, SERVICE + "PaymentService.java", 20, "return in.readObject();");
  /** A file written in dead code. */
  static final Finding DEAD_CODE_WRITE = finding("java.path-injection", Severity.MEDIUM,
      Confidence.MEDIUM, SERVICE + "LegacyExporter.java", 10, "out.write(csv.getBytes());");
  /** A credential in configuration. */
  static final Finding CONFIG_SECRET = finding("secrets.generic-credential", Severity.HIGH,
      Confidence.HIGH, "src/main/resources/application.yml", 5, "password: ${DB_PASSWORD}");

  private ShopFindings() {}

  static Finding finding(String rule, Severity severity, Confidence confidence, String path, int line,
      String excerpt) {
    return new Finding(rule, 0, severity, confidence, rule + " at " + path, Location.line(path, line),
        excerpt, null, List.of());
  }

  /** Returns {@code finding} with one evidence step at {@code path:line}. */
  static Finding withEvidence(Finding finding, String path, int line) {
    return new Finding(finding.ruleId(), finding.cwe(), finding.severity(), finding.confidence(),
        finding.message(), finding.location(), finding.excerpt(), finding.contextKey(),
        List.of(new EvidenceStep(Location.line(path, line), "", "source")));
  }
}

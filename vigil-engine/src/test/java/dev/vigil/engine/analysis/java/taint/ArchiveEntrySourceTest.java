package dev.vigil.engine.analysis.java.taint;

import static dev.vigil.engine.analysis.java.taint.TaintFixture.analyse;
import static dev.vigil.engine.analysis.java.taint.TaintFixture.rules;
import static dev.vigil.engine.analysis.java.taint.TaintFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Archive entry names (threat-model kind {@code archive}) reach only the zip slip rule, and only
 * where they name a path that is written or created; path guards and sanitizers clear them as
 * they clear request input.
 */
class ArchiveEntrySourceTest {
  private static String extractor(String body) {
    return TaintFixture.IMPORTS + """
        import java.nio.file.*;
        import java.util.zip.*;

        public class Extractor {
          void extract(ZipInputStream zip, File dest, Path root) throws IOException {
            ZipEntry entry = zip.getNextEntry();
        %s
          }
        }
        """.formatted(body);
  }

  @Test
  void anEntryNameWrittenAsAPathIsZipSlip() {
    assertThat(rules(analyse(extractor("new FileOutputStream(new File(dest, entry.getName())).close();"))))
        .containsExactly("java.zip-slip");
    assertThat(rules(analyse(extractor("Files.createDirectories(root.resolve(entry.getName()));"))))
        .containsExactly("java.zip-slip");
  }

  @Test
  void anEntryNameThatIsOnlyReadOrLoggedIsNoFinding() {
    assertThat(analyse(extractor("new FileInputStream(new File(dest, entry.getName())).close();"))).isEmpty();
    assertThat(analyse(extractor("System.out.println(entry.getName());"))).isEmpty();
    assertThat(analyse(extractor("Files.readAllBytes(root.resolve(entry.getName()));"))).isEmpty();
  }

  @Test
  void containmentChecksAndFileNamesClearTheEntryName() {
    assertThat(analyse(extractor("""
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root)) throw new IOException("outside");
        Files.newOutputStream(out).close();
        """))).isEmpty();
    assertThat(analyse(extractor("""
        File out = new File(dest, entry.getName());
        if (!out.getCanonicalPath().startsWith(dest.getCanonicalPath() + File.separator)) return;
        out.mkdirs();
        """))).isEmpty();
    assertThat(analyse(extractor("new File(dest, new File(entry.getName()).getName()).createNewFile();")))
        .isEmpty();
  }

  @Test
  void requestInputIntoAWriteStaysPathInjection() {
    assertThat(rules(run("new FileOutputStream(new File(\"/srv\", param)).close();")))
        .containsExactly("java.path-injection");
  }

  @Test
  void onlyTheRuleThatNamesAThreatKindReportsIt() {
    var rules = TaintRuleCatalog.builtIn();
    TaintRule zipSlip = rules.stream().filter(r -> r.kind().equals("zip-slip")).findFirst().orElseThrow();
    TaintRule path = rules.stream().filter(r -> r.kind().equals("path-injection")).findFirst().orElseThrow();
    assertThat(zipSlip.reports("archive")).isTrue();
    assertThat(zipSlip.reports("remote")).isFalse();
    assertThat(path.reports("archive")).isFalse();
    assertThat(path.reports("remote")).isTrue();
    assertThat(JavaTaintEngine.DEFAULT_THREATS).contains("archive");
  }

  @Test
  void everySanitizerOfPathInjectionAlsoClearsZipSlip() {
    TaintModels models = ModelCatalog.builtIn();
    for (String method : Set.of("getName", "getFileName", "getBaseName", "encode", "encodePathSegment",
        "getValidFileName", "replaceAll")) {
      models.sanitizers(method).stream().filter(row -> row.kinds().contains("path-injection"))
          .forEach(row -> assertThat(row.kinds()).as(row.call().toString()).contains("zip-slip"));
    }
  }
}

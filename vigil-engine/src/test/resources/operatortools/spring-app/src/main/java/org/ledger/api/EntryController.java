package org.ledger.api;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EntryController {
  @GetMapping("/entries/export")
  public String export(@RequestParam String name) throws IOException {
    // ruleid: java.path-injection
    return Files.readString(new File("/var/ledger/exports", name).toPath());
  }
}

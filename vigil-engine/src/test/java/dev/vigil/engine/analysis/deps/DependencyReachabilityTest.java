package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyReachabilityTest {
  private final DependencyReachability reachability = DependencyReachability.of(Map.of(
      "src/main/java/app/Main.java", """
          package app;

          import org.apache.logging.log4j.LogManager;
          import static com.google.common.base.Preconditions.checkNotNull;
          """,
      "web/index.ts", """
          import { merge } from 'lodash/fp';
          const left = require("left-pad");
          """,
      "tool/run.py", """
          import os, yaml
          from requests.adapters import HTTPAdapter
          """,
      "cmd/main.go", """
          package main

          import (
          \t"golang.org/x/net/http2"
          )

          func main() {
          \tsrv := &http2.Server{}
          \tsrv.ServeConn(conn, nil)
          }
          """), Map.of("com.google.guava:guava", List.of("com.google.common")));

  @Test
  void javaImportsMatchTheGroupIdAsAPackagePrefix() {
    Reachability log4j = reachability.check(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core");
    assertThat(log4j.status()).isEqualTo(Reachability.Status.IMPORTED);
    assertThat(log4j.describe())
        .isEqualTo("imported in src/main/java/app/Main.java:3 (org.apache.logging.log4j.LogManager)");
    assertThat(reachability.check(Ecosystem.MAVEN, "com.fasterxml.jackson.core:jackson-databind")
        .describe()).isEqualTo("no source file imports com.fasterxml.jackson.core");
  }

  @Test
  void mappingOverridesTheHeuristic() {
    assertThat(reachability.check(Ecosystem.MAVEN, "com.google.guava:guava").line()).isEqualTo(4);
  }

  @Test
  void npmPythonAndGoImportsAreRecognised() {
    assertThat(reachability.check(Ecosystem.NPM, "lodash").status()).isEqualTo(Reachability.Status.IMPORTED);
    assertThat(reachability.check(Ecosystem.NPM, "left-pad").line()).isEqualTo(2);
    assertThat(reachability.check(Ecosystem.NPM, "lodash-es").status())
        .isEqualTo(Reachability.Status.NOT_IMPORTED);
    assertThat(reachability.check(Ecosystem.PYPI, "requests").line()).isEqualTo(2);
    assertThat(reachability.check(Ecosystem.PYPI, "yaml").status()).isEqualTo(Reachability.Status.IMPORTED);
    assertThat(reachability.check(Ecosystem.PYPI, "PyYAML").status())
        .isEqualTo(Reachability.Status.NOT_IMPORTED);
    assertThat(reachability.check(Ecosystem.GO, "golang.org/x/net").path()).isEqualTo("cmd/main.go");
  }

  @Test
  void affectedFunctionsNamedByTheAdvisoryAreLookedFor() {
    Reachability called = reachability.check(Ecosystem.GO, "golang.org/x/net",
        List.of("golang.org/x/net/http2.Server.ServeConn"));
    assertThat(called.describe())
        .isEqualTo("affected golang.org/x/net/http2.Server.ServeConn is called in cmd/main.go:9");
    Reachability notCalled = reachability.check(Ecosystem.GO, "golang.org/x/net",
        List.of("golang.org/x/net/html.Parse"));
    assertThat(notCalled.status()).isEqualTo(Reachability.Status.AFFECTED_NOT_CALLED);
    assertThat(reachability.check(Ecosystem.NPM, "lodash-es", List.of("lodash-es.merge")).status())
        .isEqualTo(Reachability.Status.NOT_IMPORTED);
  }

  @Test
  void unknownWithoutSourcesOfTheLanguage() {
    DependencyReachability empty = DependencyReachability.of(Map.of("README.md", "import x"), Map.of());
    assertThat(empty.check(Ecosystem.NPM, "lodash").status()).isEqualTo(Reachability.Status.UNKNOWN);
  }
}

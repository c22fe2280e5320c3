package com.acme.shop;

public class GitSourceBuilder {
  public GitSourceBuilder withCredentials(String credentialsId) {
    return this;
  }

  public GitSourceBuilder defaults() {
    // ok: java.hardcoded-credential
    return withCredentials("github-app-credentials");
  }

  public GitSourceBuilder sample() {
    // ok: secrets.generic-credential
    String credentialsId = "deploy-credentials-prod";
    return withCredentials(credentialsId);
  }

  public String describe(String tenant) {
    // ok: secrets.generic-credential
    String credential = "credential-id-" + tenant;
    return credential;
  }
}

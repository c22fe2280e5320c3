package com.acme.shop;

import javax.crypto.spec.IvParameterSpec;

class LoginTest {
  // ok: java.hardcoded-credential, secrets.generic-credential
  private static final String ADMIN_PASS = "myP@5sw0rd";

  void changesPassword(Profile profile) {
    // ok: java.hardcoded-credential
    profile.setPassword("passwordA2!");
  }

  String newPassword() {
    // ok: java.predictable-random
    return "pass-" + Math.random();
  }

  IvParameterSpec iv() {
    // ok: java.static-iv
    return new IvParameterSpec(new byte[16]);
  }

  interface Profile {
    void setPassword(String password);
  }
}

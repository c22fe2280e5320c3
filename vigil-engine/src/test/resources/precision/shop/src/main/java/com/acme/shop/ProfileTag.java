package com.acme.shop;

public class ProfileTag {
  // ok: java.hardcoded-credential
  private static final String CHANGE_PASSWORD = "canchangepassword";
  // ok: java.hardcoded-credential
  private static final String NOT_CHANGE_PASSWORD = "!canchangepassword";
}

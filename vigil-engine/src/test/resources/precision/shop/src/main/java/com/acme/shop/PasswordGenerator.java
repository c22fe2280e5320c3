package com.acme.shop;

import java.security.SecureRandom;

public class PasswordGenerator {
  // ok: java.hardcoded-credential, secrets.generic-credential
  private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
  // ok: java.hardcoded-credential, secrets.generic-credential
  static final String PWD_BASE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789+@";
  private final SecureRandom random = new SecureRandom();

  public String generate(int length) {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < length; i++) password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    return password.toString();
  }
}

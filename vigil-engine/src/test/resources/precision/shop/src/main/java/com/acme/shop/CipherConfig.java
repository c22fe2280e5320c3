package com.acme.shop;

import javax.crypto.spec.IvParameterSpec;

public class CipherConfig {
  // ruleid: java.static-iv
  private static final IvParameterSpec IV = new IvParameterSpec("0102030405060708".getBytes());
}

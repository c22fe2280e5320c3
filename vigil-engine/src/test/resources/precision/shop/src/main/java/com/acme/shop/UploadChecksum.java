package com.acme.shop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Computes the Content-MD5 header the object store expects with each upload. */
public class UploadChecksum {
  public String contentMd5(byte[] part) throws NoSuchAlgorithmException {
    // ok: java.weak-hash
    MessageDigest digest = MessageDigest.getInstance("MD5");
    return Base64.getEncoder().encodeToString(digest.digest(part));
  }
}

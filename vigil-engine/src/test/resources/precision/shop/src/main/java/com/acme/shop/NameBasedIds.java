package com.acme.shop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Derives a stable UUID (version 3) from a name, like UUID.nameUUIDFromBytes. */
public final class NameBasedIds {
  public static UUID uuidFromName(byte[] name) throws NoSuchAlgorithmException {
    // ok: java.weak-hash
    byte[] md5 = MessageDigest.getInstance("MD5").digest(name);
    md5[6] &= 0x0f;
    md5[6] |= 0x30;
    md5[8] &= 0x3f;
    md5[8] |= (byte) 0x80;
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) msb = (msb << 8) | (md5[i] & 0xff);
    for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (md5[i] & 0xff);
    return new UUID(msb, lsb);
  }
}

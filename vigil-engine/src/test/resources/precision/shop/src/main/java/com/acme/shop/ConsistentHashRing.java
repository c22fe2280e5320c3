package com.acme.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SortedMap;
import java.util.TreeMap;

/** Spreads cache entries over nodes; MD5 only places keys on the ring. */
public class ConsistentHashRing {
  private final SortedMap<Long, String> ring = new TreeMap<>();

  public void addNode(String node, int replicas) throws NoSuchAlgorithmException {
    for (int i = 0; i < replicas; i++) ring.put(position(node + "#" + i), node);
  }

  public String nodeFor(String key) throws NoSuchAlgorithmException {
    SortedMap<Long, String> tail = ring.tailMap(position(key));
    return tail.isEmpty() ? ring.get(ring.firstKey()) : tail.get(tail.firstKey());
  }

  private long position(String key) throws NoSuchAlgorithmException {
    // ok: java.weak-hash
    byte[] digest = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
    return ((long) (digest[3] & 0xFF) << 24) | ((digest[2] & 0xFF) << 16) | ((digest[1] & 0xFF) << 8) | (digest[0] & 0xFF);
  }
}

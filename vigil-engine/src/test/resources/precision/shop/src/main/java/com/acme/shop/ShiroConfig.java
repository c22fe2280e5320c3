package com.acme.shop;

import java.util.LinkedHashMap;
import java.util.Map;

public class ShiroConfig {
  public Map<String, String> filterChain() {
    Map<String, String> filterChainDefinitionMap = new LinkedHashMap<>();
    // ok: java.hardcoded-credential
    filterChainDefinitionMap.put("/password/reset", "anon");
    // ok: java.hardcoded-credential
    filterChainDefinitionMap.put("/api/token/**", "authc,perms[api]");
    // ok: java.hardcoded-credential
    filterChainDefinitionMap.put("/secret/**", "authc,roles[admin]");
    return filterChainDefinitionMap;
  }
}

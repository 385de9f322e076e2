package org.zoneledger.client.model;

import java.util.List;

/** A page of claims (spec §6.3.4); {@code next} is null on the last page. */
public record ClaimsPage(List<Claim> claims, String next) {
  /** One claim hash, its resource and the proof of the request that created it. */
  public record Claim(String claim, String resource, String proof, String delegateIdentityId) {}
}

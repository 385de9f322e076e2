package org.zoneledger.client.model;

import java.util.List;

/** {@code GET /identities/{id}/delegates} (spec §6.3.3). */
public record Delegates(List<Delegate> delegates) {
  /** One registered delegate and the proof of its {@code AddDelegateRequest}. */
  public record Delegate(String delegateIdentityId, String proof) {}
}

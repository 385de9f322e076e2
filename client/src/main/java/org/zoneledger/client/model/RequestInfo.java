package org.zoneledger.client.model;

import java.util.List;

/** A command's outcome (spec §4.3); {@code resources} present means it finished. */
public record RequestInfo(String requestId, List<String> resources, String proof) {
  public boolean hasFinished() {
    return resources != null;
  }
}

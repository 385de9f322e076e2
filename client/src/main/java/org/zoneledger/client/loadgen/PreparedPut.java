package org.zoneledger.client.loadgen;

import org.zoneledger.protocol.auth.SignedPut;

/**
 * A signed command reduced to what goes on the wire (kept compact: tens of thousands are signed
 * ahead of a run). No claims header: transfers carry none.
 */
record PreparedPut(String requestId, byte[] body, String authorisations, String authentication) {

  static PreparedPut of(SignedPut put) {
    if (put.headers().claims() != null) {
      throw new IllegalArgumentException("a load transfer carries no claims header");
    }
    return new PreparedPut(
        put.request().requestId(),
        put.body(),
        put.headers().authorisations(),
        put.headers().authentication());
  }

  String path() {
    return "/api/v1/requests/" + requestId;
  }
}

package org.zoneledger.client.demo;

import org.zoneledger.protocol.auth.SignedPut;

/**
 * One signed request of the demo and what it does, in words.
 *
 * @param title what the step does, e.g. "Alice creates her car"
 * @param put the signed request, ready to PUT to any node
 */
public record DemoStep(String title, SignedPut put) {

  public String requestId() {
    return put.request().requestId();
  }
}

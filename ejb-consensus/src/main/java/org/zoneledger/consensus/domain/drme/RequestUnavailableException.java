package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.RequestId;

/**
 * A PREPARE names a request this node cannot read yet. Retryable: the caller rolls the batch back
 * (state and offset unchanged) and has it delivered again later.
 */
public final class RequestUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestUnavailableException(RequestId id) {
    super("request " + id + " is not readable from the requests log yet");
  }
}

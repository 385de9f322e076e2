package org.zoneledger.consensus.application.query;

import jakarta.ejb.ApplicationException;
import org.zoneledger.protocol.error.ErrorCode;

/** A read the node answers with an error: unknown entity, denied, bad paging token. */
@ApplicationException(rollback = false)
public class ReadRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorCode code;

  public ReadRefusedException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}

package org.zoneledger.consensus.diagnostics;

import jakarta.ejb.ApplicationException;

/** Thrown on purpose for a poison record; rolls the delivery's transaction back. */
@ApplicationException(rollback = true)
public class PoisonRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PoisonRecordException(String topic, int partition, long offset) {
    super("echo refuses poison record " + topic + "/" + partition + "@" + offset);
  }
}

package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * The ROLLBACK reasons of the wait queue (architecture §2 step 4). {@code errorType} is {@code
 * Contention}; the code is ours ({@link org.zoneledger.protocol.error.ErrorCode} has none yet).
 */
final class Contention {
  static final int ERROR_CODE = 2605;
  static final String ERROR_TYPE = "Contention";

  private Contention() {}

  static RollbackReason queueFull(EntityKey entity, int bound) {
    return new RollbackReason(
        ERROR_CODE,
        ERROR_TYPE,
        entity + " is busy: " + bound + " requests are already waiting for it; try again later");
  }

  static RollbackReason tooOld(EntityKey entity, long waitedMillis) {
    return new RollbackReason(
        ERROR_CODE,
        ERROR_TYPE,
        "waited " + waitedMillis + " ms for " + entity + ", longer than allowed; try again later");
  }
}

package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;
import org.zoneledger.protocol.message.Vote;

/** What the node tells the API instance waiting for a request (architecture §2 step 8). */
public sealed interface Outcome {

  RequestId requestId();

  /** The request is decided; announced once per node, when its first DECIDE is applied. */
  record Decided(RequestId requestId, Decision decision, Proof proof) implements Outcome {
    /** The distinct reasons of the ROLLBACK votes in the proof (empty for a COMMIT). */
    public List<RollbackReason> reasons() {
      return proof.votes().stream().map(Vote::reason).flatMap(Optional::stream).distinct().toList();
    }
  }

  /** A later copy with the same body: a status poll; {@code status} empty while undecided. */
  record Duplicate(RequestId requestId, Optional<RequestOutcome> status) implements Outcome {}

  /** A later copy with a different body under the same requestId (409, 2701). */
  record Conflict(RequestId requestId) implements Outcome {
    public ErrorCode errorCode() {
      return ErrorCode.DUPLICATE_REQUEST_ID;
    }
  }

  /** The ledger cannot split the request into entities; decided alike on every node. */
  record Rejected(RequestId requestId, ErrorCode errorCode, String message) implements Outcome {}
}

package org.zoneledger.consensus.domain.drme;

import java.util.Objects;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.RequestId;

/** A record of the {@code requests} topic: a client request or a node's DRME entropy. */
public sealed interface RequestLogRecord {

  /**
   * A client request as the API appended it, decoded and checked by the MDB with what needs no
   * ledger state (body, requestId, header and signature form, self-issued signature, claim
   * plaintexts), so every node sequences it alike. Its signers' keys and delegations are not
   * verified yet: the validators do that against their committed identities ({@link
   * org.zoneledger.consensus.domain.LedgerRules#signerProblem}).
   */
  record ClientRequest(VerifiedRequest request) implements RequestLogRecord {
    public ClientRequest {
      Objects.requireNonNull(request, "request");
    }

    public RequestId id() {
      return new RequestId(request.parsed().request().requestId());
    }

    /** SHA-256 of the raw body: what tells a status poll (same body) from a conflict. */
    public Bytes bodyDigest() {
      return digest(request);
    }

    public static Bytes digest(VerifiedRequest request) {
      return Bytes.of(Hashes.sha256(request.parsed().body()));
    }
  }

  /** A node's signed entropy for this partition's beacon. */
  record DrmeEntropy(Entropy entropy) implements RequestLogRecord {
    public DrmeEntropy {
      Objects.requireNonNull(entropy, "entropy");
    }
  }
}

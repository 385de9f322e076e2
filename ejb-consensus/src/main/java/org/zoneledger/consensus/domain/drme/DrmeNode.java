package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Objects;
import org.zoneledger.consensus.domain.LedgerRules;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.zone.ProtocolParameters;

/**
 * What a node's engine is configured with: who it is, the members in election order, the zone's
 * parameters and round schedule, the ledger rules, its key, the zone's keys, where validators read
 * requests from, and whether messages of one batch share one signature.
 */
public record DrmeNode(
    NodeId self,
    List<NodeId> members,
    ProtocolParameters parameters,
    RoundSchedule schedule,
    LedgerRules rules,
    NodeCrypto crypto,
    ZoneVerifier verifier,
    RequestSource requestSource,
    SigningMode signing) {
  public DrmeNode {
    members = List.copyOf(members);
    if (!members.contains(self)) {
      throw new IllegalArgumentException(self + " is not a member of the zone");
    }
    if (!crypto.node().equals(self)) {
      throw new IllegalArgumentException("the key is " + crypto.node() + "'s, not " + self + "'s");
    }
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(requestSource, "requestSource");
    Objects.requireNonNull(signing, "signing");
  }

  public boolean isMember(NodeId node) {
    return members.contains(node);
  }

  /** How the messages one handler call produces are signed. */
  public enum SigningMode {
    /** Each message its own P-256 signature. */
    DIRECT,
    /** One signature over the Merkle root of all messages of one kind in the call. */
    BATCH
  }
}

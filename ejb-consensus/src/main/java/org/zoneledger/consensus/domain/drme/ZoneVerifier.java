package org.zoneledger.consensus.domain.drme;

import java.util.List;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;

/**
 * Checks of other nodes' signatures with the zone's keys. Implementations may cache: the engine
 * asks about the same vote or proof more than once (several entities, several rounds).
 */
public interface ZoneVerifier {

  /** True when {@code node} is a member and {@code signature} is its over {@code signingBytes}. */
  boolean signedBy(NodeId node, byte[] signingBytes, NodeSignature signature);

  /** True when the vote's signature and its iov42 seal over {@code sealText} are the voter's. */
  boolean voteValid(Vote vote, byte[] sealText);

  /**
   * What is wrong with {@code proof} (signatures, client authorisations, majority); empty if valid.
   */
  List<String> proofProblems(Proof proof);
}

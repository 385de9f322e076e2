package org.zoneledger.consensus.domain.drme;

import java.util.List;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;

/**
 * Checks of other nodes' signatures with the zone's keys. Implementations may cache: the engine
 * asks about the same vote or proof more than once (several entities, several rounds, the
 * coordinator's and the validators' threads). Implementations must be thread-safe: a node shares
 * one among all its consumer threads, so what one thread verified the others find cached.
 */
public interface ZoneVerifier {

  /** True when {@code node} is a member and {@code signature} is its over {@code signingBytes}. */
  boolean signedBy(NodeId node, byte[] signingBytes, NodeSignature signature);

  /** True when the vote's signature and its iov42 seal over {@code sealText} are the voter's. */
  boolean voteValid(Vote vote, byte[] sealText);

  /**
   * What is wrong with {@code proof} as the zone's decision (coordinator signature, vote signatures
   * and seals, majority for its outcome against its links); empty if valid. Must not depend on this
   * node's client keys, which may lag: the COMMIT voters checked the client signatures ({@link
   * ProtocolZoneVerifier#proofProblems} says why that suffices).
   */
  List<String> proofProblems(Proof proof);
}

package org.zoneledger.consensus.domain.drme;

import java.util.List;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;

/**
 * The node's signing key as the engine uses it. {@link ProtocolNodeCrypto} signs with P-256 through
 * {@link org.zoneledger.protocol.proof.NodeSigner}; tests may substitute a cheaper scheme together
 * with a matching {@link ZoneVerifier}.
 */
public interface NodeCrypto {

  NodeId node();

  /** A direct signature over a message's signing bytes. */
  NodeSignature sign(byte[] signingBytes);

  /** One signature over the Merkle root of {@code items}; element i signs item i. */
  List<NodeSignature> signBatch(List<byte[]> items);

  /** The raw signature over a text that is not a message (a vote's iov42 seal). */
  Bytes seal(byte[] text);
}

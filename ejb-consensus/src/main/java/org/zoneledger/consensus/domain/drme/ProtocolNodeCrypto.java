package org.zoneledger.consensus.domain.drme;

import java.util.List;
import java.util.Objects;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.proof.NodeSigner;

/**
 * {@link NodeCrypto} over the node's P-256 key: what production uses. Signatures are deterministic
 * ({@link NodeSigner}), so {@link #seal} gives the same bytes for the same text whichever batch
 * asks.
 */
public record ProtocolNodeCrypto(NodeSigner signer) implements NodeCrypto {
  public ProtocolNodeCrypto {
    Objects.requireNonNull(signer, "signer");
  }

  @Override
  public NodeId node() {
    return signer.node();
  }

  @Override
  public NodeSignature sign(byte[] signingBytes) {
    return signer.sign(signingBytes);
  }

  @Override
  public List<NodeSignature> signBatch(List<byte[]> items) {
    return signer.signBatch(items);
  }

  @Override
  public Bytes seal(byte[] text) {
    return Bytes.of(signer.raw(text));
  }
}

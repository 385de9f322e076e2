package org.zoneledger.protocol.proof;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.merkle.MerkleTree;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;

/**
 * Signs messages with a node's P-256 key, one at a time or as a Merkle batch. Every signature is
 * deterministic ECDSA (RFC 6979, see {@link Signatures}): the same bytes signed twice give the same
 * signature, so the iov42 seal of one request is the same on all of the node's votes on it, and a
 * verifier that caches by signature bytes checks it once. Verifiers see ordinary ECDSA.
 */
public record NodeSigner(NodeId node, PrivateKey key) {
  public NodeSigner {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(key, "key");
  }

  /** A direct signature over {@code signingBytes}. */
  public NodeSignature sign(byte[] signingBytes) {
    return new NodeSignature.Direct(Bytes.of(raw(signingBytes)));
  }

  /** The raw DER signature, for texts that are not messages (iov42 seals); deterministic. */
  public byte[] raw(byte[] data) {
    return Signatures.sign(SignatureAlgorithm.P256_SHA256, key, data);
  }

  /**
   * One signature over the Merkle root of {@code items} (each a message's signing bytes); element
   * {@code i} of the result is the batched signature of item {@code i}.
   */
  public List<NodeSignature> signBatch(List<byte[]> items) {
    MerkleTree tree = MerkleTree.of(items);
    Bytes rootSignature = Bytes.of(raw(tree.root()));
    List<NodeSignature> signatures = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      signatures.add(new NodeSignature.Batched(rootSignature, tree.path(i)));
    }
    return signatures;
  }
}

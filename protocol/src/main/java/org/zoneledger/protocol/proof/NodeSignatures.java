package org.zoneledger.protocol.proof;

import java.security.PublicKey;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeSignature;

/** Verification of a node's {@link NodeSignature}, direct or batched. */
public final class NodeSignatures {
  private NodeSignatures() {}

  /**
   * True when {@code signature} is a valid P-256 signature of {@code key} over {@code
   * signingBytes}, or over the Merkle root that {@code signingBytes} and the path imply.
   */
  public static boolean verify(PublicKey key, byte[] signingBytes, NodeSignature signature) {
    if (signature instanceof NodeSignature.Direct direct) {
      return Signatures.verify(
          SignatureAlgorithm.P256_SHA256, key, signingBytes, direct.signature().toArray());
    }
    if (signature instanceof NodeSignature.Batched batched) {
      byte[] root = batched.path().rootFor(signingBytes);
      return Signatures.verify(
          SignatureAlgorithm.P256_SHA256, key, root, batched.rootSignature().toArray());
    }
    return false;
  }
}

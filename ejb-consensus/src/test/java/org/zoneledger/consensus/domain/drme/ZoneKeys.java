package org.zoneledger.consensus.domain.drme;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.proof.NodeSigner;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.zone.ZoneMembership;

/** The nodes of a test zone with their crypto: fresh P-256 keys, or {@link HashCrypto}. */
record ZoneKeys(
    List<NodeId> members,
    Map<NodeId, NodeCrypto> crypto,
    Function<NodeId, ZoneVerifier> verifiers,
    ZoneMembership membership) {

  static ZoneKeys p256(int size) {
    List<NodeId> members = ids(size);
    Map<NodeId, NodeCrypto> crypto = new HashMap<>();
    Map<NodeId, PublicKey> keys = new HashMap<>();
    for (NodeId id : members) {
      KeyPair pair = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
      crypto.put(id, new ProtocolNodeCrypto(new NodeSigner(id, pair.getPrivate())));
      keys.put(id, pair.getPublic());
    }
    ZoneMembership membership = new ZoneMembership(members, keys);
    return new ZoneKeys(
        members, crypto, id -> new ProtocolZoneVerifier(membership, 100_000), membership);
  }

  static ZoneKeys hashed(int size) {
    List<NodeId> members = ids(size);
    Map<NodeId, NodeCrypto> crypto = new HashMap<>();
    members.forEach(id -> crypto.put(id, new HashCrypto(id)));
    return new ZoneKeys(members, crypto, id -> new HashCrypto.Verifier(members), null);
  }

  /** The protocol's own verifier; only for P-256 zones. */
  ProofVerifier proofVerifier() {
    return new ProofVerifier(membership);
  }

  private static List<NodeId> ids(int size) {
    List<NodeId> ids = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      ids.add(new NodeId("node" + i));
    }
    return ids;
  }
}

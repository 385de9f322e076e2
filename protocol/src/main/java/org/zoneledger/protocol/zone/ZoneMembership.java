package org.zoneledger.protocol.zone;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.NodeId;

/**
 * What a verifier needs from the zone: the members in election order and their decoded P-256 keys.
 * Majorities are over {@link #size()}, all members, not over the votes received.
 */
public record ZoneMembership(List<NodeId> members, Map<NodeId, PublicKey> keys) {
  public ZoneMembership {
    members = List.copyOf(members);
    keys = Map.copyOf(keys);
    if (!keys.keySet().equals(java.util.Set.copyOf(members))) {
      throw new IllegalArgumentException("every member needs exactly one key");
    }
  }

  static ZoneMembership of(ZoneDescriptor descriptor) {
    Map<NodeId, PublicKey> keys = new LinkedHashMap<>();
    for (ZoneNode node : descriptor.nodes()) {
      keys.put(
          node.id(),
          Signatures.decodePublicKey(
              SignatureAlgorithm.P256_SHA256, Base64Url.decode(node.publicKey())));
    }
    return new ZoneMembership(descriptor.nodes().stream().map(ZoneNode::id).toList(), keys);
  }

  public int size() {
    return members.size();
  }

  /** Strictly more than half of the members: 2 of 3, 3 of 5, 4 of 7. */
  public int majority() {
    return members.size() / 2 + 1;
  }

  public Optional<PublicKey> keyOf(NodeId node) {
    return Optional.ofNullable(keys.get(node));
  }
}

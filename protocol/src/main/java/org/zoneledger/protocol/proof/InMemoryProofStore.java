package org.zoneledger.protocol.proof;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;

/** {@link ProofStore#of}: proofs in memory, heads derived from the COMMIT proofs' links. */
final class InMemoryProofStore implements ProofStore {
  private final Map<Bytes, Proof> byHash;
  private final Map<EntityKey, Bytes> heads;

  private InMemoryProofStore(Map<Bytes, Proof> byHash, Map<EntityKey, Bytes> heads) {
    this.byHash = Map.copyOf(byHash);
    this.heads = Map.copyOf(heads);
  }

  static InMemoryProofStore of(Collection<Proof> proofs) {
    Map<Bytes, Proof> byHash = new LinkedHashMap<>();
    for (Proof proof : proofs) {
      byHash.put(proof.hash(), proof);
    }
    Map<EntityKey, Map<Optional<Bytes>, Bytes>> successors = new HashMap<>();
    for (Map.Entry<Bytes, Proof> entry : byHash.entrySet()) {
      if (entry.getValue().outcome() != Decision.COMMIT) {
        continue;
      }
      for (EntityLink link : entry.getValue().links()) {
        Bytes other =
            successors
                .computeIfAbsent(link.entity(), e -> new HashMap<>())
                .putIfAbsent(link.previousProofHash(), entry.getKey());
        if (other != null) {
          throw new IllegalArgumentException(
              "the history of "
                  + link.entity()
                  + " forks: proofs "
                  + other.toHex()
                  + " and "
                  + entry.getKey().toHex()
                  + " both follow "
                  + link.previousProofHash().map(Bytes::toHex).orElse("its creation"));
        }
      }
    }
    Map<EntityKey, Bytes> heads = new HashMap<>();
    successors.forEach((entity, next) -> heads.put(entity, headOf(entity, next)));
    return new InMemoryProofStore(byHash, heads);
  }

  /** The one proof of the chain that nothing follows. */
  private static Bytes headOf(EntityKey entity, Map<Optional<Bytes>, Bytes> next) {
    Set<Bytes> followed = new HashSet<>();
    next.keySet().forEach(previous -> previous.ifPresent(followed::add));
    List<Bytes> unfollowed = next.values().stream().filter(h -> !followed.contains(h)).toList();
    if (unfollowed.isEmpty()) {
      throw new IllegalArgumentException("the proofs of " + entity + " link in a loop");
    }
    if (unfollowed.size() > 1) {
      throw new IllegalArgumentException(
          "the proofs of "
              + entity
              + " do not form one chain: "
              + unfollowed.size()
              + " proofs are followed by none ("
              + String.join(", ", unfollowed.stream().map(Bytes::toHex).toList())
              + "); a proof between them is missing");
    }
    return unfollowed.get(0);
  }

  @Override
  public Optional<Proof> byHash(Bytes proofHash) {
    return Optional.ofNullable(byHash.get(proofHash));
  }

  @Override
  public Optional<Bytes> headOf(EntityKey entity) {
    return Optional.ofNullable(heads.get(entity));
  }
}

package org.zoneledger.consensus.domain.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.CanonicalWriter;

/**
 * The digest of a node's whole ledger state: SHA-256 over the entity count, then per entity (in key
 * order) its key and its canonical bytes, each length-prefixed. Independent of the order the states
 * are given in; two nodes with equal digests hold equal states.
 */
public final class StateDigest {
  private StateDigest() {}

  public static Bytes of(Collection<? extends EntityState> states) {
    List<? extends EntityState> sorted =
        states.stream().sorted(Comparator.comparing(s -> s.key().value())).toList();
    MessageDigest digest = sha256();
    digest.update(new CanonicalWriter().u32(sorted.size()).toByteArray());
    String previous = null;
    for (EntityState state : sorted) {
      if (state.key().value().equals(previous)) {
        throw new IllegalArgumentException("two states for entity " + previous);
      }
      previous = state.key().value();
      digest.update(
          new CanonicalWriter().string(previous).bytes(state.canonicalBytes()).toByteArray());
    }
    return Bytes.of(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory on every Java platform", e);
    }
  }
}

package org.zoneledger.consensus.domain.ledger;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.EntityRef;

/**
 * A claim: only its hash (the plaintext is checked and then discarded, spec §9.7), its subject, the
 * delegate that signed for the creator (null when none), and its endorsements by endorser id.
 */
public record ClaimState(
    EntityRef subject,
    String hash,
    String delegateIdentityId,
    Map<String, StoredEndorsement> endorsements)
    implements EntityState {
  public ClaimState {
    Objects.requireNonNull(subject);
    Objects.requireNonNull(hash);
    endorsements = Collections.unmodifiableSortedMap(new TreeMap<>(endorsements));
  }

  /** An endorsement as stored: the signature verbatim, and the delegate that made it if any. */
  public record StoredEndorsement(String signature, String delegateIdentityId) {
    public StoredEndorsement {
      Objects.requireNonNull(signature);
    }
  }

  @Override
  public EntityKey key() {
    return new LedgerKey.ClaimKey(subject, hash).entityKey();
  }

  public ClaimState withEndorsement(String endorserId, StoredEndorsement endorsement) {
    TreeMap<String, StoredEndorsement> copy = new TreeMap<>(endorsements);
    copy.put(endorserId, endorsement);
    return new ClaimState(subject, hash, delegateIdentityId, copy);
  }

  @Override
  public byte[] canonicalBytes() {
    CanonicalWriter out =
        StateEncoding.start(StateEncoding.CLAIM)
            .string(LedgerKey.of(subject).entityKey().value())
            .string(hash);
    StateEncoding.nullable(out, delegateIdentityId);
    out.u32(endorsements.size());
    for (Map.Entry<String, StoredEndorsement> entry : endorsements.entrySet()) {
      out.string(entry.getKey()).string(entry.getValue().signature());
      StateEncoding.nullable(out, entry.getValue().delegateIdentityId());
    }
    return out.toByteArray();
  }
}

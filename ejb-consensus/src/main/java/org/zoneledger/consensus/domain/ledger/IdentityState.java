package org.zoneledger.consensus.domain.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * An identity: its public keys exactly as received (spec §2.2), its registered delegates, the
 * hashes of its claims, its permissions, and who created it ({@code createdBy} is the identity
 * itself when self-issued).
 */
public record IdentityState(
    String identityId,
    List<PublicCredentials> credentials,
    Set<String> delegates,
    Set<String> claims,
    Permissions permissions,
    String createdBy)
    implements EntityState, ClaimSubject {
  public IdentityState {
    Objects.requireNonNull(identityId);
    credentials = List.copyOf(credentials);
    delegates = Sets.sorted(delegates);
    claims = Sets.sorted(claims);
    Objects.requireNonNull(permissions);
    Objects.requireNonNull(createdBy);
  }

  @Override
  public EntityKey key() {
    return new LedgerKey.IdentityKey(identityId).entityKey();
  }

  @Override
  public String ownerId() {
    return identityId;
  }

  public IdentityState withDelegate(String delegateId) {
    return new IdentityState(
        identityId,
        credentials,
        Sets.with(delegates, List.of(delegateId)),
        claims,
        permissions,
        createdBy);
  }

  @Override
  public IdentityState withClaims(Collection<String> hashes) {
    return new IdentityState(
        identityId, credentials, delegates, Sets.with(claims, hashes), permissions, createdBy);
  }

  @Override
  public byte[] canonicalBytes() {
    CanonicalWriter out = StateEncoding.start(StateEncoding.IDENTITY).string(identityId);
    out.list(credentials, (w, c) -> w.string(c.key()).string(c.protocolId()));
    StateEncoding.sortedSet(out, delegates);
    StateEncoding.sortedSet(out, claims);
    permissions.write(out);
    return out.string(createdBy).toByteArray();
  }
}

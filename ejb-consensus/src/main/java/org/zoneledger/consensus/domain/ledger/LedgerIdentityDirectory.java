package org.zoneledger.consensus.domain.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * The {@link IdentityDirectory} of the node's committed ledger: keys and delegates come from the
 * {@link IdentityState} under {@code identity:<id>}. Thread-safe when {@code states} is. A state of
 * another type under an identity key is a corrupt store and throws {@link IllegalStateException}.
 */
public record LedgerIdentityDirectory(Function<EntityKey, Optional<EntityState>> states)
    implements IdentityDirectory {
  public LedgerIdentityDirectory {
    Objects.requireNonNull(states, "states");
  }

  @Override
  public List<PublicCredentials> credentials(String identityId) {
    return identity(identityId).map(IdentityState::credentials).orElse(List.of());
  }

  @Override
  public boolean isDelegate(String delegatorId, String delegateId) {
    return identity(delegatorId).map(s -> s.delegates().contains(delegateId)).orElse(false);
  }

  private Optional<IdentityState> identity(String identityId) {
    EntityKey key;
    try {
      key = new LedgerKey.IdentityKey(identityId).entityKey();
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
    return states
        .apply(key)
        .map(
            state -> {
              if (state instanceof IdentityState identity) {
                return identity;
              }
              throw new IllegalStateException(
                  key + " holds a " + state.getClass().getSimpleName() + ", not an identity");
            });
  }
}

package org.zoneledger.consensus.domain.ledger;

import java.util.Optional;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;

/** Small helpers shared by the rules. */
final class States {
  private States() {}

  /**
   * The current state as the type its key implies. A state of another type under the key is a
   * corrupt store, not a user error, hence the unchecked exception.
   */
  static <T extends EntityState> Optional<T> as(Optional<EntityState> current, Class<T> type) {
    return current.map(
        state -> {
          if (!type.isInstance(state)) {
            throw new IllegalStateException(
                "entity " + state.key() + " holds a " + state.getClass().getSimpleName());
          }
          return type.cast(state);
        });
  }

  /** The state of an entity that {@code check} found to exist. */
  static <T extends EntityState> T existing(Optional<EntityState> current, Class<T> type) {
    return as(current, type)
        .orElseThrow(() -> new IllegalStateException("apply on an entity that does not exist"));
  }

  /** The creator of whatever the request creates: the first principal (spec §3.8). */
  static String creator(VerifiedRequest verified) {
    return verified.principals().iterator().next();
  }

  /** The delegate that signed the first authorisation counting for {@code identityId}, or null. */
  static String delegateOf(VerifiedRequest verified, String identityId) {
    return verified.authorisations().stream()
        .filter(a -> a.identityId().equals(identityId))
        .findFirst()
        .map(SignatureEntry::delegateIdentityId)
        .orElse(null);
  }

  /** Principals for messages: {@code ['alice', 'bob']}. */
  static String describe(java.util.Set<String> principals) {
    return principals.stream().map(p -> "'" + p + "'").toList().toString();
  }
}

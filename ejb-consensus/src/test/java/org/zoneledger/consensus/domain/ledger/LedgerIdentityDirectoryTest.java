package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.EntityKind;
import org.zoneledger.protocol.request.PublicCredentials;

class LedgerIdentityDirectoryTest {
  private final Map<EntityKey, EntityState> ledger = new HashMap<>();
  private final LedgerIdentityDirectory directory =
      new LedgerIdentityDirectory(key -> Optional.ofNullable(ledger.get(key)));

  LedgerIdentityDirectoryTest() {
    KeyPair key = Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256);
    IdentityState alice =
        new IdentityState(
            "alice",
            List.of(
                new PublicCredentials(
                    Base64Url.encode(key.getPublic().getEncoded()),
                    SignatureAlgorithm.P256_SHA256.protocolId())),
            Set.of("bot"),
            Set.of(),
            Permissions.defaults(EntityKind.IDENTITY),
            "alice");
    ledger.put(alice.key(), alice);
  }

  @Test
  void anIdentitysKeysAreTheOnesItsLedgerStateHolds() {
    IdentityState alice = (IdentityState) ledger.get(new EntityKey("identity:alice"));

    assertThat(directory.credentials("alice")).isEqualTo(alice.credentials()).hasSize(1);
  }

  @Test
  void aDelegateIsRegisteredOnlyOnItsDelegatorsState() {
    assertThat(directory.isDelegate("alice", "bot")).isTrue();
    assertThat(directory.isDelegate("alice", "eve")).isFalse();
    assertThat(directory.isDelegate("bot", "alice")).isFalse();
  }

  @Test
  void anUnknownIdentityOrAnIdThatCannotBeAKeyHasNoKeys() {
    assertThat(directory.credentials("bob")).isEmpty();
    assertThat(directory.credentials("not:an-id")).isEmpty();
    assertThat(directory.isDelegate("a b", "bot")).isFalse();
  }

  @Test
  void anotherStateUnderAnIdentityKeyIsACorruptStore() {
    EntityState account =
        new EntityState() {
          @Override
          public EntityKey key() {
            return new EntityKey("asset:eur:alice-eur");
          }

          @Override
          public byte[] canonicalBytes() {
            return new byte[0];
          }
        };
    LedgerIdentityDirectory corrupt = new LedgerIdentityDirectory(key -> Optional.of(account));

    assertThatThrownBy(() -> corrupt.credentials("alice"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("identity:alice");
  }
}

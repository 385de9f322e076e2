package org.zoneledger.consensus.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.ledger.IdentityState;
import org.zoneledger.protocol.message.EntityKey;

class LedgerIdentityDirectoryTest {
  private final Fixture fixture = new Fixture();
  private final LedgerIdentityDirectory directory = fixture.directory();

  @Test
  void anIdentitysKeysAreTheOnesItsLedgerStateHolds() {
    IdentityState alice = (IdentityState) fixture.ledger.get(new EntityKey("identity:alice"));

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
            return Fixture.ACCOUNT;
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

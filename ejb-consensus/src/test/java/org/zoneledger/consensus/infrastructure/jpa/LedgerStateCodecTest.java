package org.zoneledger.consensus.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.EntityState;
import org.zoneledger.consensus.domain.ledger.AssetState;
import org.zoneledger.consensus.domain.ledger.AssetTypeState;
import org.zoneledger.consensus.domain.ledger.ClaimState;
import org.zoneledger.consensus.domain.ledger.IdentityState;
import org.zoneledger.consensus.domain.ledger.PermissionAction;
import org.zoneledger.consensus.domain.ledger.Permissions;
import org.zoneledger.consensus.domain.ledger.Role;
import org.zoneledger.consensus.domain.ledger.RoleMap;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PublicCredentials;

class LedgerStateCodecTest {
  private static final Permissions PERMISSIONS =
      new Permissions(
          Map.of(
              PermissionAction.READ,
              RoleMap.grant(Role.EVERYONE),
              PermissionAction.INSTANCES_TRANSFER,
              new RoleMap(Map.of(Role.EVERYONE, false, Role.INSTANCE_OWNER, true))));

  private final LedgerStateCodec codec = new LedgerStateCodec();

  @Test
  void everyLedgerStateReadsBackEqualFromItsCanonicalBytes() {
    List<EntityState> states =
        List.of(
            new IdentityState(
                "alice",
                List.of(new PublicCredentials("key-1", "SHA256withECDSA")),
                Set.of("bot", "assistant"),
                Set.of("h1"),
                PERMISSIONS,
                "alice"),
            new AssetTypeState("eur", "bank", AssetKind.QUANTIFIABLE, 2, Set.of(), PERMISSIONS),
            new AssetTypeState("car", "mva", AssetKind.UNIQUE, -1, Set.of("h2"), PERMISSIONS),
            new AssetState(
                "eur", "acc", "bob", Optional.of(new BigInteger("1250000")), Set.of(), PERMISSIONS),
            new AssetState("car", "c1", "alice", Optional.empty(), Set.of("h3"), PERMISSIONS),
            new ClaimState(
                EntityRef.asset("car", "c1"),
                "h3",
                null,
                Map.of(
                    "mva", new ClaimState.StoredEndorsement("sig", "mva-bot"),
                    "dmv", new ClaimState.StoredEndorsement("sig2", null))),
            new ClaimState(EntityRef.identity("alice"), "h1", "bot", Map.of()));
    for (EntityState state : states) {
      assertThat(codec.decode(state.key(), state.canonicalBytes())).isEqualTo(state);
    }
  }

  @Test
  void aStateStoredUnderAnotherKeyIsRefused() {
    AssetState account =
        new AssetState("eur", "acc", "bob", Optional.of(BigInteger.ONE), Set.of(), PERMISSIONS);
    assertThatThrownBy(
            () -> codec.decode(new EntityKey("asset:eur:other"), account.canonicalBytes()))
        .isInstanceOf(IllegalStateException.class);
  }
}

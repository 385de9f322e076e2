package org.zoneledger.protocol.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;

class EntityHistoryVerifierTest {
  private static final TestZone ZONE = TestZone.of(3);
  private static final EntityKey ASSET = new EntityKey("asset:a");

  private final Map<Bytes, Proof> store = new HashMap<>();
  private final EntityHistoryVerifier verifier = new EntityHistoryVerifier(ZONE.verifier());

  @Test
  void aHistoryIsWalkedBackToTheEntitysCreation() {
    Proof head = chain(3, Decision.COMMIT);
    EntityHistory history = walk(head.hash());
    assertThat(history.verification().problems()).isEmpty();
    assertThat(history.proofs())
        .extracting(p -> p.requestId().value())
        .containsExactly("req-2", "req-1", "req-0");
  }

  @Test
  void aStoredProofWhoseBytesChangedBreaksTheLinkToIt() {
    Proof head = chain(3, Decision.COMMIT);
    Bytes middle = head.link(ASSET).orElseThrow().previousProofHash().orElseThrow();
    Proof original = store.get(middle);
    byte[] encoded = original.encode();
    encoded[encoded.length - 3] ^= 0x01; // inside the coordinator's signature: still decodes
    store.put(middle, Proof.decode(encoded));
    assertThat(walk(head.hash()).verification().problems())
        .singleElement()
        .asString()
        .contains("does not match the hash that links to it");
  }

  @Test
  void aMissingProofIsReported() {
    Proof head = chain(2, Decision.COMMIT);
    store.remove(head.link(ASSET).orElseThrow().previousProofHash().orElseThrow());
    assertThat(walk(head.hash()).verification().problems())
        .singleElement()
        .asString()
        .contains("is missing");
  }

  @Test
  void aRollbackProofCannotBeAnEarlierState() {
    Proof rolledBack = chain(1, Decision.ROLLBACK);
    Proof next =
        store(
            ZONE.proof(
                ZONE.draft(
                    "req-x", List.of(TestZone.link(ASSET.value(), Optional.of(rolledBack.hash())))),
                Decision.COMMIT));
    assertThat(walk(next.hash()).verification().problems())
        .singleElement()
        .asString()
        .contains("a ROLLBACK proof cannot be an entity's previous state");
  }

  @Test
  void aHistoryMayStartAtARollbackProof() {
    Proof created = chain(1, Decision.COMMIT);
    Proof rejected =
        store(
            ZONE.proof(
                ZONE.draft(
                    "req-r", List.of(TestZone.link(ASSET.value(), Optional.of(created.hash())))),
                Decision.ROLLBACK));
    assertThat(walk(rejected.hash()).verification().valid()).isTrue();
  }

  private EntityHistory walk(Bytes head) {
    return verifier.walk(
        ASSET, head, hash -> Optional.ofNullable(store.get(hash)), ZONE.clientKeys);
  }

  /**
   * {@code length} proofs of the asset, the first creating it, the last with {@code lastOutcome}.
   */
  private Proof chain(int length, Decision lastOutcome) {
    Optional<Bytes> previous = Optional.empty();
    Proof proof = null;
    for (int i = 0; i < length; i++) {
      Decision outcome = i == length - 1 ? lastOutcome : Decision.COMMIT;
      proof =
          store(
              ZONE.proof(
                  ZONE.draft("req-" + i, List.of(TestZone.link(ASSET.value(), previous))),
                  outcome));
      previous = Optional.of(proof.hash());
    }
    return proof;
  }

  private Proof store(Proof proof) {
    store.put(proof.hash(), proof);
    return proof;
  }
}

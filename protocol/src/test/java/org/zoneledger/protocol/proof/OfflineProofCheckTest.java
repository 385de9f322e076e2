package org.zoneledger.protocol.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zoneledger.protocol.proof.TestMesh.assetType;
import static org.zoneledger.protocol.proof.TestMesh.by;
import static org.zoneledger.protocol.proof.TestMesh.forOther;
import static org.zoneledger.protocol.proof.TestMesh.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.proof.TestMesh.Client;

class OfflineProofCheckTest {
  private static final TestZone ZONE = TestZone.of(3);

  private final TestMesh mesh = new TestMesh(ZONE);

  @Test
  void aProofAndEveryEntityItNamesAreCheckedBackToTheirCreationWithKeysFromTheMesh() {
    Client alice = mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.defineAssetType("car", List.of(by(alice)));
    Proof delegation = mesh.addDelegate(alice, bot);
    mesh.create(alice, "carol");

    OfflineCheck check = mesh.offline().check(delegation.hash());

    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.histories()).containsOnlyKeys(identity("alice"), identity("bot"));
    assertThat(check.histories().get(identity("alice")).proofs())
        .extracting(p -> p.requestId().value())
        .containsExactly("req-4", "req-1");
    assertThat(check.histories().get(identity("bot")).proofs())
        .extracting(p -> p.requestId().value())
        .containsExactly("req-4", "req-2");
  }

  @Test
  void aDelegatedRequestChecksOutOfflineOnceTheDelegationIsInTheMesh() {
    Client alice = mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.addDelegate(alice, bot);
    Proof first = mesh.defineAssetType("car", List.of(by(alice)));
    Proof second =
        mesh.commit(
            mesh.body("DefineAssetTypeRequest", "\"assetTypeId\":\"car\",\"type\":\"Unique\""),
            List.of(forOther("alice", bot)),
            List.of(assetType("car")));

    OfflineCheck check = mesh.offline().check(second.hash());

    assertThat(check.problems()).isEmpty();
    assertThat(check.histories().get(assetType("car")).proofs()).containsExactly(second, first);
  }

  @Test
  void aTamperedProofInAnEntitysHistoryIsReportedForThatHistory() {
    Client alice = mesh.issue("alice");
    Proof first = mesh.defineAssetType("car", List.of(by(alice)));
    Proof second =
        mesh.commit(
            mesh.body("DefineAssetTypeRequest", "\"assetTypeId\":\"car\",\"type\":\"Unique\""),
            List.of(by(alice)),
            List.of(assetType("car")));
    byte[] encoded = first.encode();
    encoded[encoded.length - 3] ^= 0x01; // inside the coordinator's signature
    Proof tampered = Proof.decode(encoded);
    ProofStore store = mesh.store();
    ProofStore served =
        new ProofStore() {
          @Override
          public Optional<Proof> byHash(Bytes hash) {
            return hash.equals(first.hash()) ? Optional.of(tampered) : store.byHash(hash);
          }

          @Override
          public Optional<Bytes> headOf(EntityKey entity) {
            return store.headOf(entity);
          }
        };

    OfflineCheck check = OfflineProofCheck.of(ZONE.descriptor, served).check(second.hash());

    assertThat(check.proofVerification().valid()).isTrue();
    assertThat(check.problems())
        .singleElement()
        .asString()
        .startsWith("history of asset-type:car: proof of req-2")
        .contains("its content does not match the hash that links to it");
  }

  @Test
  void aProofSignedByAnIdentityWithoutACreationProofFailsWithTheReason() {
    Client alice = mesh.issue("alice");
    Client stranger = Client.fresh("stranger");
    Proof request = mesh.defineAssetType("car", List.of(by(alice), by(stranger)));

    OfflineCheck check = mesh.offline().check(request.hash());

    assertThat(check.problems())
        .containsExactly(
            "authorisation of stranger (signed by stranger): the proofmesh gives no key for"
                + " stranger: the proof store has no history of identity:stranger");
    assertThat(check.histories()).isEmpty();
  }

  @Test
  void aProofNotInTheStoreIsReported() {
    mesh.issue("alice");
    Bytes unknown = Bytes.of(new byte[32]);

    OfflineCheck check = mesh.offline().check(unknown);

    assertThat(check.proof()).isEmpty();
    assertThat(check.problems())
        .containsExactly("proof " + unknown.toHex() + " is not in the store");
  }

  @Test
  void aProofOutsideTheStoreIsCheckedAgainstTheStoresHistories() {
    Client alice = mesh.issue("alice");
    mesh.defineAssetType("car", List.of(by(alice)));
    OfflineProofCheck offline = mesh.offline();
    Proof next =
        mesh.unstored(
            mesh.body("DefineAssetTypeRequest", "\"assetTypeId\":\"car\",\"type\":\"Unique\""),
            List.of(by(alice)),
            List.of(assetType("car")));

    OfflineCheck check = offline.check(next);

    assertThat(check.problems()).isEmpty();
    assertThat(check.histories())
        .extractingFromEntries(e -> e.getValue().proofs().size())
        .containsExactly(2);
    assertThat(Map.copyOf(check.histories())).containsOnlyKeys(assetType("car"));
  }
}

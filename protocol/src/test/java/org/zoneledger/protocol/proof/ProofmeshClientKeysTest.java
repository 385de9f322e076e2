package org.zoneledger.protocol.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zoneledger.protocol.proof.TestMesh.by;
import static org.zoneledger.protocol.proof.TestMesh.forOther;
import static org.zoneledger.protocol.proof.TestMesh.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.proof.TestMesh.Client;

class ProofmeshClientKeysTest {
  private static final TestZone ZONE = TestZone.of(3);

  private final TestMesh mesh = new TestMesh(ZONE);

  @Test
  void anIssuedIdentitysKeyIsTheKeyInTheBodyOfItsIssueProof() {
    Client alice = mesh.issue("alice");
    Proof issue = mesh.proofs().get(0);

    DerivedKey key = mesh.keys().keyOf("alice");

    assertThat(key.problem()).isEmpty();
    assertThat(key.credentials()).contains(alice.credentials());
    assertThat(key.creationProof()).contains(issue.hash());
  }

  @Test
  void theCreationProofIsFoundAtTheEndOfTheIdentitysChainBehindLaterProofs() {
    Client alice = mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.addDelegate(alice, bot);
    Client carol = mesh.create(alice, "carol");

    ProofmeshClientKeys keys = mesh.keys();

    assertThat(keys.credentialsOf("alice")).contains(alice.credentials());
    assertThat(keys.credentialsOf("carol")).contains(carol.credentials());
  }

  @Test
  void aRequestSignedByAnIssuedIdentityVerifiesWithKeysFromTheMesh() {
    Client alice = mesh.issue("alice");
    Proof request = mesh.defineAssetType("car", List.of(by(alice)));

    assertThat(ZONE.verifier().verify(request, mesh.keys()).problems()).isEmpty();
  }

  @Test
  void anIdentityCreatedByAnotherHasTheKeyOfTheCreationBodyVerifiedWithTheCreatorsKey() {
    Client bob = mesh.issue("bob");
    Client carol = mesh.create(bob, "carol");
    Proof request = mesh.defineAssetType("car", List.of(by(carol)));

    ProofmeshClientKeys keys = mesh.keys();

    assertThat(keys.keyOf("carol").credentials()).contains(carol.credentials());
    assertThat(ZONE.verifier().verify(request, keys).problems()).isEmpty();
  }

  @Test
  void aDelegateRegisteredByAnAddDelegateProofCanSignForItsDelegator() {
    Client alice = mesh.issue("alice");
    Client bot = mesh.issue("bot");
    Proof added = mesh.addDelegate(alice, bot);
    Proof request = mesh.defineAssetType("car", List.of(forOther("alice", bot)));

    ProofmeshClientKeys keys = mesh.keys();

    assertThat(keys.delegation("alice", "bot").proof()).contains(added.hash());
    assertThat(ZONE.verifier().verify(request, keys).problems()).isEmpty();
  }

  @Test
  void aDelegateWithNoAddDelegateProofIsRefused() {
    mesh.issue("alice");
    Client bot = mesh.issue("bot");
    Proof request = mesh.defineAssetType("car", List.of(forOther("alice", bot)));

    assertThat(ZONE.verifier().verify(request, mesh.keys()).problems())
        .singleElement()
        .asString()
        .contains("the proofmesh does not register bot as a delegate of alice")
        .contains("no COMMIT proof of an AddDelegateRequest for them");
  }

  @Test
  void aDelegationTheOtherWayRoundDoesNotCount() {
    Client alice = mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.addDelegate(bot, alice);

    assertThat(mesh.keys().isDelegate("alice", "bot")).isFalse();
    assertThat(mesh.keys().isDelegate("bot", "alice")).isTrue();
  }

  @Test
  void anAddDelegateProofWithoutTheDelegatorsAuthorisationIsRefused() {
    mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.addDelegate("alice", "bot", List.of(by(bot)));

    DerivedDelegation delegation = mesh.keys().delegation("alice", "bot");

    assertThat(delegation.registered()).isFalse();
    assertThat(delegation.problem().orElseThrow())
        .contains("needs the authorisation of the delegator 'alice'");
  }

  @Test
  void aDelegationThatAuthorisesItselfIsRefusedAsCircular() {
    mesh.issue("alice");
    Client bot = mesh.issue("bot");
    mesh.addDelegate("alice", "bot", List.of(forOther("alice", bot), by(bot)));

    DerivedDelegation delegation = mesh.keys().delegation("alice", "bot");

    assertThat(delegation.registered()).isFalse();
    assertThat(delegation.problem().orElseThrow())
        .contains(
            "it depends on itself: the delegation of alice to bot needs the delegation of alice"
                + " to bot");
  }

  @Test
  void aKeyNotMatchingTheCreationProofIsRefused() {
    mesh.issue("alice");
    Client impostor = Client.fresh("alice");
    Proof request = mesh.defineAssetType("car", List.of(by(impostor)));

    assertThat(ZONE.verifier().verify(request, mesh.keys()).problems())
        .containsExactly(
            "authorisation of alice (signed by alice): the signature does not verify over the"
                + " request body");
  }

  @Test
  void anIssueProofNotSignedWithTheKeyInItsBodyGivesNoKey() {
    Client alice = Client.fresh("alice");
    Client other = Client.fresh("alice");
    mesh.commit(
        mesh.identityBody("IssueIdentityRequest", alice),
        List.of(by(other)),
        List.of(identity("alice")));

    DerivedKey key = mesh.keys().keyOf("alice");

    assertThat(key.credentials()).isEmpty();
    assertThat(key.problem().orElseThrow())
        .startsWith("its creation proof req-1 (")
        .contains("the signature does not verify over the request body");
  }

  @Test
  void aTamperedCreationProofBreaksEverythingSignedByThatIdentity() {
    Client alice = mesh.issue("alice");
    Proof issue = mesh.proofs().get(0);
    Client carol = mesh.create(alice, "carol");
    Proof byAlice = mesh.defineAssetType("car", List.of(by(alice)));
    Proof byCarol = mesh.defineAssetType("bike", List.of(by(carol)));
    Client mallory = Client.fresh("alice");
    String forged = mesh.identityBody("IssueIdentityRequest", mallory).replace("req-5", "req-1");
    ProofStore honestHeads = serving(mesh.store(), issue.hash(), withBody(issue, forged));

    ProofmeshClientKeys keys =
        new ProofmeshClientKeys(ZONE.membership, honestHeads, IdentityKeyScheme.LEDGER);

    assertThat(ZONE.verifier().verify(byAlice, keys).problems())
        .singleElement()
        .asString()
        .contains("the proofmesh gives no key for alice")
        .contains("its content does not match the hash that links to it");
    assertThat(ZONE.verifier().verify(byCarol, keys).problems())
        .singleElement()
        .asString()
        .contains("the proofmesh gives no key for carol")
        .contains("the proofmesh gives no key for alice");
  }

  @Test
  void aTamperedCreationProofAtTheHeadFailsItsNodeSignatures() {
    Client alice = mesh.issue("alice");
    Proof issue = mesh.proofs().get(0);
    Proof byAlice = mesh.defineAssetType("car", List.of(by(alice)));
    Client mallory = Client.fresh("alice");
    String forged = mesh.identityBody("IssueIdentityRequest", mallory).replace("req-3", "req-1");
    mesh.replace(issue, withBody(issue, forged));

    assertThat(ZONE.verifier().verify(byAlice, mesh.keys()).problems())
        .singleElement()
        .asString()
        .contains("the proofmesh gives no key for alice: its creation proof req-1")
        .contains("the coordinator's signature does not verify")
        .contains("the signature does not verify");
  }

  @Test
  void anIdentityWithoutAHistoryInTheStoreIsAClearFailure() {
    assertThat(mesh.keys().keyOf("nobody").problem())
        .contains("the proof store has no history of identity:nobody");
  }

  @Test
  void aMissingCreationProofBehindAHeadIsAClearFailure() {
    Client alice = mesh.issue("alice");
    Proof issue = mesh.proofs().get(0);
    Client bot = mesh.issue("bot");
    mesh.addDelegate(alice, bot);
    ProofStore full = mesh.store();
    ProofStore withoutIssue =
        new ProofStore() {
          @Override
          public Optional<Proof> byHash(Bytes hash) {
            return hash.equals(issue.hash()) ? Optional.empty() : full.byHash(hash);
          }

          @Override
          public Optional<Bytes> headOf(EntityKey entity) {
            return full.headOf(entity);
          }
        };

    DerivedKey key =
        new ProofmeshClientKeys(ZONE.membership, withoutIssue, IdentityKeyScheme.LEDGER)
            .keyOf("alice");

    assertThat(key.problem().orElseThrow())
        .isEqualTo("proof " + issue.hash().toHex() + " of identity:alice is missing");
  }

  @Test
  void aProofOfAnotherRequestAtTheStartOfTheChainIsNotACreation() {
    Client bob = mesh.issue("bob");
    mesh.defineAssetType("car", List.of(by(bob)));
    // an AddDelegate that starts the chain of "ghost", which no proof created
    mesh.addDelegate("bob", "ghost", List.of(by(bob)));

    assertThat(mesh.keys().keyOf("ghost").problem().orElseThrow())
        .contains("is of type AddDelegateRequest, not the issue or creation of ghost");
  }

  @Test
  void identitiesCreatingEachOtherAreRefusedAsCircularNotByAStackOverflow() {
    Client carol = Client.fresh("carol");
    Client dave = Client.fresh("dave");
    mesh.commit(
        mesh.identityBody("CreateIdentityRequest", carol),
        List.of(by(dave)),
        List.of(identity("carol")));
    mesh.commit(
        mesh.identityBody("CreateIdentityRequest", dave),
        List.of(by(carol)),
        List.of(identity("dave")));

    ProofmeshClientKeys keys = mesh.keys();

    assertThat(keys.keyOf("carol").problem().orElseThrow())
        .contains(
            "it depends on itself: the key of carol needs the key of dave needs the key of carol");
    assertThat(keys.keyOf("dave").credentials()).isEmpty();
  }

  @Test
  void aCreationChainDeeperThanTheBoundIsRefusedAndShallowerIdentitiesStillResolve() {
    Client previous = mesh.issue("id-0");
    List<Client> chain = new ArrayList<>(List.of(previous));
    for (int i = 1; i <= 8; i++) {
      previous = mesh.create(previous, "id-" + i);
      chain.add(previous);
    }
    ProofmeshClientKeys keys =
        new ProofmeshClientKeys(ZONE.membership, mesh.store(), IdentityKeyScheme.LEDGER, 4);

    assertThat(keys.keyOf("id-8").problem().orElseThrow())
        .isEqualTo("it needs identity creations and delegations nested more than 4 levels deep");
    assertThat(keys.keyOf("id-3").credentials()).contains(chain.get(3).credentials());
    assertThat(mesh.keys().keyOf("id-8").credentials()).contains(chain.get(8).credentials());
  }

  @Test
  void aForkedHistoryCannotBecomeAStore() {
    mesh.issue("alice");
    List<Proof> proofs = new ArrayList<>(mesh.proofs());
    TestMesh other = new TestMesh(ZONE);
    other.issue("alice");
    proofs.addAll(other.proofs());

    assertThatThrownBy(() -> ProofStore.of(proofs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the history of identity:alice forks");
  }

  private static Proof withBody(Proof proof, String body) {
    return new Proof(
        proof.requestId(),
        proof.round(),
        proof.coordinator(),
        Bytes.of(body.getBytes(StandardCharsets.UTF_8)),
        proof.clientSignatures(),
        proof.links(),
        proof.votes(),
        proof.outcome(),
        proof.signature());
  }

  /** The store, except that it answers {@code hash} with {@code served}. */
  private static ProofStore serving(ProofStore store, Bytes hash, Proof served) {
    return new ProofStore() {
      @Override
      public Optional<Proof> byHash(Bytes h) {
        return h.equals(hash) ? Optional.of(served) : store.byHash(h);
      }

      @Override
      public Optional<Bytes> headOf(EntityKey entity) {
        return store.headOf(entity);
      }
    };
  }
}

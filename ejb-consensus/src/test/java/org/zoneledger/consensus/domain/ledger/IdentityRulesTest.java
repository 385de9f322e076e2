package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zoneledger.consensus.domain.ledger.Requests.by;
import static org.zoneledger.consensus.domain.ledger.Requests.credentialsJson;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentity;
import static org.zoneledger.consensus.domain.ledger.Requests.issueIdentityJson;
import static org.zoneledger.consensus.domain.ledger.Requests.nextId;
import static org.zoneledger.consensus.domain.ledger.Requests.verified;

import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class IdentityRulesTest {
  private final TestLedger ledger = new TestLedger();

  @Test
  void issuedIdentityKeepsItsKeyExactlyAsReceived() {
    ledger.commit(issueIdentity("alice"));

    IdentityState alice = ledger.state("identity:alice", IdentityState.class);
    assertThat(credentialsJson("alice")).contains(alice.credentials().get(0).key());
    assertThat(alice.credentials().get(0).protocolId()).isEqualTo("SHA256WithECDSA");
    assertThat(alice.createdBy()).isEqualTo("alice");
    assertThat(alice.delegates()).isEmpty();
  }

  @Test
  void reissuingAnExistingIdentityIsRefusedAsAlreadyExisting() {
    ledger.commit(issueIdentity("alice"));

    var outcome = ledger.submit(issueIdentity("alice"));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
    assertThat(outcome.reason().errorType()).isEqualTo("AssetExistence");
    assertThat(outcome.reason().message()).contains("'alice' already exists");
  }

  @Test
  void issuingAnIdentityWithoutItsOwnAuthorisationIsRefused() {
    var outcome = ledger.submit(verified(issueIdentityJson("alice", ""), by("mallory")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION.code());
  }

  @Test
  void anExistingIdentityCreatesAnotherThatRecordsItsCreator() {
    ledger.commit(issueIdentity("alice"));

    var outcome = ledger.commit(verified(createIdentityJson("bob", ""), by("alice")));

    assertThat(outcome.verdicts()).containsOnlyKeys(key("identity:alice"), key("identity:bob"));
    assertThat(ledger.state("identity:bob", IdentityState.class).createdBy()).isEqualTo("alice");
  }

  @Test
  void anIdentityDeniedCreateIdentityCannotCreateIdentities() {
    ledger.commit(
        verified(
            issueIdentityJson("alice", ",\"permissions\":{\"createIdentity\":\"Deny\"}"),
            by("alice")));

    var outcome = ledger.submit(verified(createIdentityJson("bob", ""), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.PERMISSION_DENIED.code());
    assertThat(outcome.verdict("identity:bob"))
        .isInstanceOf(org.zoneledger.consensus.domain.EntityVerdict.Commit.class);
    assertThat(ledger.has("identity:bob")).isFalse();
  }

  @Test
  void creatingAnIdentityThatExistsIsRefused() {
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bob"));

    var outcome = ledger.submit(verified(createIdentityJson("bob", ""), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
  }

  @Test
  void anIdentityCannotCreateItself() {
    VerifiedRequest request = verified(createIdentityJson("alice", ""), by("alice"));

    assertThatThrownBy(() -> ledger.rules.touchedEntities(request))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("IssueIdentityRequest");
  }

  @Test
  void aDelegateSignedByBothIsRecordedByTheDelegator() {
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bot"));

    ledger.commit(verified(addDelegateJson("bot", "alice"), by("bot"), by("alice")));

    assertThat(ledger.state("identity:alice", IdentityState.class).delegates())
        .containsExactly("bot");
    assertThat(ledger.state("identity:bot", IdentityState.class).delegates()).isEmpty();
  }

  @Test
  void aDelegateWithoutTheDelegatorsAuthorisationIsRefused() {
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bot"));

    var outcome = ledger.submit(verified(addDelegateJson("bot", "alice"), by("bot")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.MISSING_AUTHORISATION.code());
    assertThat(outcome.reason().message()).contains("delegator 'alice'");
  }

  @Test
  void anUnknownDelegateIsRefusedAsNotFound() {
    ledger.commit(issueIdentity("alice"));

    var outcome =
        ledger.submit(verified(addDelegateJson("ghost", "alice"), by("ghost"), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.NOT_FOUND.code());
  }

  @Test
  void addingTheSameDelegateTwiceIsRefused() {
    ledger.commit(issueIdentity("alice"));
    ledger.commit(issueIdentity("bot"));
    ledger.commit(verified(addDelegateJson("bot", "alice"), by("bot"), by("alice")));

    var outcome = ledger.submit(verified(addDelegateJson("bot", "alice"), by("bot"), by("alice")));

    assertThat(outcome.reason().errorCode()).isEqualTo(ErrorCode.ALREADY_EXISTS.code());
  }

  static String createIdentityJson(String id, String extra) {
    return issueIdentityJson(id, extra).replace("IssueIdentityRequest", "CreateIdentityRequest");
  }

  static String addDelegateJson(String delegate, String delegator) {
    return "{\"_type\":\"AddDelegateRequest\",\"requestId\":\""
        + nextId()
        + "\",\"delegateIdentityId\":\""
        + delegate
        + "\",\"delegatorIdentityId\":\""
        + delegator
        + "\"}";
  }

  private static org.zoneledger.protocol.message.EntityKey key(String value) {
    return new org.zoneledger.protocol.message.EntityKey(value);
  }
}

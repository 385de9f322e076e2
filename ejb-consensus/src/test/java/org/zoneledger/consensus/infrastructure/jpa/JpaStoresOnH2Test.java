package org.zoneledger.consensus.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestEntry;

/** The store contract on the JPA stores over H2 (the node's embedded default). */
class JpaStoresOnH2Test extends NodeStoresContract {
  private TestDatabase database;
  private JpaTransaction transaction;

  @Override
  protected void openDatabase() {
    database = TestDatabase.h2("stores");
  }

  @Override
  protected void closeDatabase() {
    database.close();
  }

  @Override
  protected NodeStores begin() {
    transaction = new JpaTransaction(database.emf());
    return new JpaNodeStores(SELF, "node-1.drme", NOTES, requestSource).open(transaction.em());
  }

  @Override
  protected void commit() {
    transaction.commit();
  }

  @Test
  void aClaimPlaintextNeverReachesTheDatabase() {
    RequestEntry plain = entry("r-1", List.of(key("a")), 1);
    request("r-1", Map.of("h", "the secret plaintext"));
    RequestEntry entry = withClaims(plain);
    txDo(s -> s.requests().put(entry));
    byte[] stored =
        database.inTransaction(
            em ->
                (byte[])
                    em.createNativeQuery("SELECT REQUEST FROM DRME_REQUEST").getSingleResult());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("secret plaintext");
    assertThat(
            tx((NodeStores s) -> s.requests().find(entry.id()))
                .orElseThrow()
                .request()
                .claimPlaintexts())
        .containsEntry("h", "the secret plaintext");
  }

  private RequestEntry withClaims(RequestEntry entry) {
    return new RequestEntry(
        entry.id(),
        entry.bodyDigest(),
        log.get(entry.id() + "|" + entry.bodyDigest()),
        entry.entities(),
        entry.sequenced(),
        entry.beacon(),
        entry.round(),
        entry.coordinator(),
        entry.proofSent());
  }
}

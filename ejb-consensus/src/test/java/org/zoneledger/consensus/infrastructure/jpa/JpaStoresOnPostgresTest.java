package org.zoneledger.consensus.infrastructure.jpa;

import org.junit.jupiter.api.condition.EnabledIf;
import org.zoneledger.consensus.domain.drme.NodeStores;

/**
 * The store contract on the JPA stores over PostgreSQL (production), each test in a database of its
 * own. Runs when {@code -Dit.db=postgresql} asks for it (and then fails if the server is down) or
 * whenever the local server answers.
 */
@EnabledIf("org.zoneledger.consensus.infrastructure.jpa.TestDatabase#postgresWanted")
class JpaStoresOnPostgresTest extends NodeStoresContract {
  private TestDatabase database;
  private JpaTransaction transaction;

  @Override
  protected void openDatabase() {
    database = TestDatabase.postgresql();
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
}

package org.zoneledger.consensus.infrastructure.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.zoneledger.consensus.domain.drme.NodeStores;

/**
 * The store contract on the JPA stores over PostgreSQL (production), in a database of its own,
 * emptied before each test. Runs when {@code -Dit.db=postgresql} asks for it (and then fails if the
 * server is down) or whenever the local server answers.
 */
@EnabledIf("org.zoneledger.consensus.infrastructure.jpa.TestDatabase#postgresWanted")
class JpaStoresOnPostgresTest extends NodeStoresContract {
  private static TestDatabase database;
  private JpaTransaction transaction;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.postgresql();
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Override
  protected void openDatabase() {
    database.clear();
  }

  @Override
  protected void closeDatabase() {
    // dropped after the last test
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

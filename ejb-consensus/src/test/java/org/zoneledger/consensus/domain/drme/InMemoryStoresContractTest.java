package org.zoneledger.consensus.domain.drme;

import org.zoneledger.consensus.infrastructure.jpa.NodeStoresContract;

/** The store contract on the in-memory stores the simulation runs on: the reference behaviour. */
class InMemoryStoresContractTest extends NodeStoresContract {
  private NodeStores stores;

  @Override
  protected void openDatabase() {
    stores = InMemoryStores.create();
  }

  @Override
  protected void closeDatabase() {
    stores = null;
  }

  @Override
  protected NodeStores begin() {
    return stores;
  }

  @Override
  protected void commit() {
    // one "database", no transactions
  }
}

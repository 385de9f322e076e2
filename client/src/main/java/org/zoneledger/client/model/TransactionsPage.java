package org.zoneledger.client.model;

import java.util.List;

/**
 * A page of an asset's transactions (spec §6.3.9). An entry is a quantity transfer ({@code sender},
 * {@code recipient}, {@code quantity}) or an ownership transfer ({@code fromOwner}, {@code
 * toOwner}, {@code asset}); the fields of the other shape are null.
 */
public record TransactionsPage(List<Transaction> transactions, String next) {
  /** An asset named by its ids. */
  public record AssetKey(String assetId, String assetTypeId) {}

  /** One transfer in which the asset took part. */
  public record Transaction(
      String requestId,
      String proof,
      String transactionTimestamp,
      AssetKey sender,
      AssetKey recipient,
      String quantity,
      String fromOwner,
      String toOwner,
      AssetKey asset) {
    public boolean isQuantityTransfer() {
      return sender != null;
    }
  }
}

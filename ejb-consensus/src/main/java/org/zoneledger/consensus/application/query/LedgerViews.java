package org.zoneledger.consensus.application.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The bodies of the query endpoints (spec §6.3), written by Jackson as they are. */
public final class LedgerViews {
  private LedgerViews() {}

  /** {@code /api/v1/proofs/{requestId}}: every proof link of the API. */
  static String proofLink(String requestId) {
    return "/api/v1/proofs/" + requestId;
  }

  /** §6.3.1. */
  public record Identity(String identityId, List<PublicKey> publicCredentials, String proof) {}

  /** §6.3.2, also an element of {@link Identity#publicCredentials}. */
  public record PublicKey(String key, String protocolId) {}

  /** §6.3.3. */
  public record Delegates(List<Delegate> delegates) {}

  public record Delegate(String delegateIdentityId, String proof) {}

  /** §6.3.4: {@code next} absent on the last page. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClaimsPage(List<ClaimEntry> claims, String next) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClaimEntry(
      String claim, String resource, String proof, String delegateIdentityId) {}

  /** §6.3.5: {@code endorsements} always present. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Claim(
      String claim, String proof, String delegateIdentityId, List<Endorsement> endorsements) {}

  /** §6.3.6. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Endorsement(
      String endorserId, String endorsement, String delegateIdentityId, String proof) {}

  /** §6.3.7: {@code scale} only for quantifiable types. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AssetType(
      String assetTypeId, String ownerId, String type, Integer scale, String proof) {}

  /** §6.3.8: {@code quantity} (minor units, a string) only for accounts. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Asset(
      String assetId, String assetTypeId, String ownerId, String quantity, String proof) {}

  /** §6.3.9: oldest first, {@code next} absent on the last page. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TransactionsPage(List<Transaction> transactions, String next) {}

  /** An entry of {@link TransactionsPage}: one of the two shapes below. */
  public sealed interface Transaction permits QuantityTransaction, OwnershipTransaction {}

  public record AssetRef(String assetId, String assetTypeId) {}

  public record QuantityTransaction(
      String requestId,
      String proof,
      String transactionTimestamp,
      AssetRef sender,
      AssetRef recipient,
      String quantity)
      implements Transaction {}

  public record OwnershipTransaction(
      String requestId,
      String proof,
      String transactionTimestamp,
      String fromOwner,
      String toOwner,
      AssetRef asset)
      implements Transaction {}
}

/**
 * The ledger's domain rules (spec §9), entity by entity, behind {@link
 * org.zoneledger.consensus.domain.LedgerRules}: {@link
 * org.zoneledger.consensus.domain.ledger.DefaultLedgerRules} dispatches each request type to one
 * small {@code *Rule}.
 *
 * <h2>Entity keys</h2>
 *
 * Ids are RFC 3986 unreserved characters (never {@code :}), so every key parses back unambiguously
 * ({@link org.zoneledger.consensus.domain.ledger.LedgerKey}):
 *
 * <ul>
 *   <li>{@code identity:<identityId>} — {@link
 *       org.zoneledger.consensus.domain.ledger.IdentityState}
 *   <li>{@code asset-type:<assetTypeId>} — {@link
 *       org.zoneledger.consensus.domain.ledger.AssetTypeState}
 *   <li>{@code asset:<assetTypeId>:<assetId>} — a unique asset or an account, {@link
 *       org.zoneledger.consensus.domain.ledger.AssetState}
 *   <li>{@code claim:<subject key>:<hash>}, e.g. {@code claim:asset:car:car-7:GGLF…} — {@link
 *       org.zoneledger.consensus.domain.ledger.ClaimState} with its endorsements
 * </ul>
 *
 * <h2>Only the request and one entity</h2>
 *
 * Each rule decides from the request and the one entity it is asked about. Facts that a check needs
 * from elsewhere are either guaranteed by a sibling entity of the same request (the request commits
 * only if every entity commits) or kept in the entity itself: a subject (identity, asset type,
 * asset) keeps the set of its claim hashes, so it can tell whether an endorsement creates a claim
 * and then demand the owner's authorisation; the asset key contains its type, so a transfer between
 * accounts of different types finds no account. Signatures over the body and the authentication are
 * checked against the signers' committed identities by {@link
 * org.zoneledger.consensus.domain.ledger.DefaultLedgerRules#signerProblem} before any COMMIT vote,
 * so the rules may trust the principals of a {@code VerifiedRequest} (a COMMIT needs a majority of
 * nodes that verified them); endorsement signatures are data the ledger stores and hands to third
 * parties, so they are (re-)checked here, by the identity entity of the key that signed them,
 * against the keys it holds.
 *
 * <h2>Permissions</h2>
 *
 * See {@link org.zoneledger.consensus.domain.ledger.Permissions} for what is enforced where.
 */
package org.zoneledger.consensus.domain.ledger;

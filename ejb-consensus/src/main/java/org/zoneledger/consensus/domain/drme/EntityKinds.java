package org.zoneledger.consensus.domain.drme;

import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;

/**
 * The {@link EntityKind} a PREPARE and a proof link carry, read from the prefix of the ledger's
 * entity keys ({@code identity:}, {@code asset-type:}, {@code asset:}, {@code claim:}; see {@code
 * domain.ledger.LedgerKey}). {@link org.zoneledger.consensus.domain.LedgerRules} names entities by
 * key only; an unknown prefix is a bug in the rules and fails loudly.
 */
public final class EntityKinds {
  private EntityKinds() {}

  public static EntityKind of(EntityKey key) {
    String value = key.value();
    int colon = value.indexOf(':');
    String prefix = colon < 0 ? value : value.substring(0, colon);
    return switch (prefix) {
      case "identity" -> EntityKind.IDENTITY;
      case "asset-type" -> EntityKind.ASSET_TYPE;
      case "asset" -> EntityKind.ASSET;
      case "claim" -> EntityKind.CLAIM;
      default ->
          throw new IllegalArgumentException("'" + key + "' has no known entity kind prefix");
    };
  }
}

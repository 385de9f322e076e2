package org.zoneledger.consensus.domain.ledger;

import static org.zoneledger.consensus.domain.ledger.PermissionAction.CREATE_CLAIM;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.CREATE_IDENTITY;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.ENDORSE_CLAIM;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_ADD_QUANTITY;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_CREATE;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_CREATE_CLAIM;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_ENDORSE_CLAIM;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_READ;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.INSTANCES_TRANSFER;
import static org.zoneledger.consensus.domain.ledger.PermissionAction.READ;
import static org.zoneledger.consensus.domain.ledger.Role.EVERYONE;
import static org.zoneledger.consensus.domain.ledger.Role.INSTANCE_OWNER;
import static org.zoneledger.consensus.domain.ledger.Role.TYPE_OWNER;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.request.EntityKind;

/**
 * The effective permissions of one subject (identity, asset type or asset): for every action that
 * applies to its kind, the role map given in its creating request's {@code permissions} object or
 * else the default of spec §9.9. The whole effective map is stored, so a later change of defaults
 * never changes existing entities.
 *
 * <p>Defaults: {@code read} Everyone; {@code createClaim} the owner (the identity itself, the type
 * owner, the instance owner); {@code endorseClaim} Everyone; {@code createIdentity} Grant; {@code
 * instances.create}, {@code instances.read}, {@code instances.endorseClaim} Everyone; {@code
 * instances.createClaim} and {@code instances.transfer} InstanceOwner; {@code
 * instances.addQuantity} TypeOwner (the issuer mints; the account owner must authorise too).
 *
 * <p>Enforced, each by the entity that knows the roles: {@code createClaim} and {@code
 * endorseClaim} by the subject; {@code createIdentity} by the creating identity; {@code
 * instances.create} and {@code instances.addQuantity} by the asset type (which those requests
 * touch). Stored but <b>not</b> enforced by these write rules: {@code read} and {@code
 * instances.read} (reads are the API's business), and {@code instances.createClaim}, {@code
 * instances.endorseClaim}, {@code instances.transfer}: those act on an asset, whose entity cannot
 * see its type's map, and touching the type on every transfer would serialise all transfers of a
 * type. The asset's own {@code createClaim}/{@code endorseClaim} apply instead; a transfer always
 * needs the owner's authorisation.
 */
public record Permissions(Map<PermissionAction, RoleMap> maps) {
  private static final Map<EntityKind, Map<PermissionAction, RoleMap>> DEFAULTS = defaults();

  public Permissions {
    EnumMap<PermissionAction, RoleMap> copy = new EnumMap<>(PermissionAction.class);
    copy.putAll(maps);
    maps = Collections.unmodifiableMap(copy);
  }

  /** The defaults for a subject of {@code kind}. */
  public static Permissions defaults(EntityKind kind) {
    return new Permissions(DEFAULTS.get(kind));
  }

  /** The defaults for {@code kind} overridden by {@code explicit}. */
  public static Permissions of(EntityKind kind, Map<PermissionAction, RoleMap> explicit) {
    EnumMap<PermissionAction, RoleMap> merged = new EnumMap<>(DEFAULTS.get(kind));
    explicit.forEach(
        (action, map) -> {
          if (merged.containsKey(action)) {
            merged.put(action, map);
          }
        });
    return new Permissions(merged);
  }

  /** The role map of {@code action}; denies everyone when the action does not apply here. */
  public RoleMap get(PermissionAction action) {
    return maps.getOrDefault(action, new RoleMap(Map.of()));
  }

  void write(CanonicalWriter out) {
    out.u32(maps.size());
    maps.forEach(
        (action, map) -> {
          out.enumByte(action);
          out.u32(map.grants().size());
          map.grants()
              .forEach(
                  (role, grant) -> {
                    out.enumByte(role);
                    out.u8(grant ? 1 : 0);
                  });
        });
  }

  private static Map<EntityKind, Map<PermissionAction, RoleMap>> defaults() {
    Map<EntityKind, Map<PermissionAction, RoleMap>> defaults = new EnumMap<>(EntityKind.class);
    defaults.put(
        EntityKind.IDENTITY,
        Map.of(
            READ, RoleMap.grant(EVERYONE),
            CREATE_CLAIM, RoleMap.grant(INSTANCE_OWNER),
            ENDORSE_CLAIM, RoleMap.grant(EVERYONE),
            CREATE_IDENTITY, RoleMap.grant(INSTANCE_OWNER)));
    defaults.put(
        EntityKind.ASSET_TYPE,
        Map.of(
            READ, RoleMap.grant(EVERYONE),
            CREATE_CLAIM, RoleMap.grant(TYPE_OWNER),
            ENDORSE_CLAIM, RoleMap.grant(EVERYONE),
            INSTANCES_CREATE, RoleMap.grant(EVERYONE),
            INSTANCES_READ, RoleMap.grant(EVERYONE),
            INSTANCES_CREATE_CLAIM, RoleMap.grant(INSTANCE_OWNER),
            INSTANCES_ENDORSE_CLAIM, RoleMap.grant(EVERYONE),
            INSTANCES_TRANSFER, RoleMap.grant(INSTANCE_OWNER),
            INSTANCES_ADD_QUANTITY, RoleMap.grant(TYPE_OWNER)));
    defaults.put(
        EntityKind.ASSET,
        Map.of(
            READ, RoleMap.grant(EVERYONE),
            CREATE_CLAIM, RoleMap.grant(INSTANCE_OWNER),
            ENDORSE_CLAIM, RoleMap.grant(EVERYONE)));
    return Collections.unmodifiableMap(defaults);
  }
}

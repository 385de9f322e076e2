package org.zoneledger.consensus.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.EntityKind;

class PermissionsTest {

  @Test
  void defaultsLetEveryoneCreateInstancesAndEndorseButOnlyOwnersClaim() {
    Permissions type = Permissions.defaults(EntityKind.ASSET_TYPE);

    assertThat(allows(type, PermissionAction.INSTANCES_CREATE, "bob")).isTrue();
    assertThat(allows(type, PermissionAction.ENDORSE_CLAIM, "bob")).isTrue();
    assertThat(allows(type, PermissionAction.CREATE_CLAIM, "bob")).isFalse();
    assertThat(allows(type, PermissionAction.CREATE_CLAIM, "mva")).isTrue();
    assertThat(allows(type, PermissionAction.INSTANCES_ADD_QUANTITY, "bob")).isFalse();
    assertThat(allows(type, PermissionAction.INSTANCES_ADD_QUANTITY, "mva")).isTrue();
  }

  @Test
  void anIdentityMayCreateIdentitiesByDefault() {
    RoleMap map = Permissions.defaults(EntityKind.IDENTITY).get(PermissionAction.CREATE_IDENTITY);

    assertThat(map.allows(Set.of("alice"), Optional.empty(), "alice"::equals)).isTrue();
  }

  @Test
  void anExplicitRoleMapReplacesTheDefaultAndOthersStay() {
    Permissions type =
        PermissionsJson.parse(
            EntityKind.ASSET_TYPE,
            "{\"read\":{\"Everyone\":\"Grant\"},\"instances\":{\"create\":{\"TypeOwner\":\"Grant\"}}}");

    assertThat(allows(type, PermissionAction.INSTANCES_CREATE, "bob")).isFalse();
    assertThat(allows(type, PermissionAction.INSTANCES_CREATE, "mva")).isTrue();
    assertThat(type.get(PermissionAction.ENDORSE_CLAIM))
        .isEqualTo(Permissions.defaults(EntityKind.ASSET_TYPE).get(PermissionAction.ENDORSE_CLAIM));
  }

  @Test
  void theMostSpecificRoleAPrincipalHoldsDecides() {
    RoleMap onlyOwner = new RoleMap(Map.of(Role.EVERYONE, false, Role.INSTANCE_OWNER, true));
    RoleMap allButOwner = new RoleMap(Map.of(Role.EVERYONE, true, Role.INSTANCE_OWNER, false));

    assertThat(onlyOwner.allows(Set.of("alice"), Optional.empty(), "alice"::equals)).isTrue();
    assertThat(onlyOwner.allows(Set.of("bob"), Optional.empty(), "alice"::equals)).isFalse();
    assertThat(allButOwner.allows(Set.of("alice"), Optional.empty(), "alice"::equals)).isFalse();
    assertThat(allButOwner.allows(Set.of("alice", "bob"), Optional.empty(), "alice"::equals))
        .isTrue();
  }

  @Test
  void keysOfAnotherSubjectKindAndUnknownKeysAreIgnored() {
    Permissions identity =
        PermissionsJson.parse(
            EntityKind.IDENTITY,
            "{\"instances\":{\"create\":{\"Everyone\":\"Deny\"}},\"readClaim\":{\"x\":1}}");

    assertThat(identity).isEqualTo(Permissions.defaults(EntityKind.IDENTITY));
  }

  @Test
  void aValueOtherThanGrantOrDenyIsRejected() {
    assertThatThrownBy(
            () ->
                PermissionsJson.parse(EntityKind.ASSET, "{\"createClaim\":{\"Everyone\":\"Yes\"}}"))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            e -> assertThat(((ProtocolException) e).errorCode()).isEqualTo(ErrorCode.INVALID_FIELD))
        .hasMessageContaining("createClaim.Everyone");
  }

  @Test
  void explicitPermissionsChangeTheCanonicalState() {
    Permissions defaults = Permissions.defaults(EntityKind.ASSET);
    Permissions custom =
        PermissionsJson.parse(EntityKind.ASSET, "{\"endorseClaim\":{\"InstanceOwner\":\"Grant\"}}");

    assertThat(asset(defaults).canonicalBytes()).isNotEqualTo(asset(custom).canonicalBytes());
  }

  private static AssetState asset(Permissions permissions) {
    return new AssetState("car", "car-7", "alice", Optional.empty(), Set.of(), permissions);
  }

  private static boolean allows(Permissions type, PermissionAction action, String principal) {
    return type.get(action).allows(Set.of(principal), Optional.of("mva"), "mva"::equals);
  }
}

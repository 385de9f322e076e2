package org.zoneledger.consensus.domain.ledger;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.EnumMap;
import java.util.Map;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.request.EntityKind;

/**
 * Reads the optional {@code permissions} object of a creating request (spec §9.9). Keys that do not
 * apply to the subject's kind, and unknown keys, are ignored (spec §1.3: unknown properties are
 * ignored); a known key with a value that is not a role map of {@code Grant}/{@code Deny} (or, for
 * {@code createIdentity}, a plain {@code Grant}/{@code Deny}) is rejected.
 */
final class PermissionsJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private PermissionsJson() {}

  /** The effective permissions; the defaults when {@code json} is null. */
  static Permissions parse(EntityKind kind, String json) {
    if (json == null) {
      return Permissions.defaults(kind);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw invalid("'permissions' is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw invalid("'permissions' must be a JSON object");
    }
    Map<PermissionAction, RoleMap> explicit = new EnumMap<>(PermissionAction.class);
    for (PermissionAction action : PermissionAction.values()) {
      JsonNode value = find(root, action);
      if (value != null && !value.isNull()) {
        explicit.put(action, roleMap(action, value));
      }
    }
    return Permissions.of(kind, explicit);
  }

  private static JsonNode find(JsonNode root, PermissionAction action) {
    if (!action.isInstanceAction()) {
      return root.get(action.path());
    }
    JsonNode instances = root.get("instances");
    if (instances == null || instances.isNull()) {
      return null;
    }
    if (!instances.isObject()) {
      throw invalid("'permissions.instances' must be a JSON object");
    }
    return instances.get(action.path().substring("instances.".length()));
  }

  private static RoleMap roleMap(PermissionAction action, JsonNode value) {
    if (action == PermissionAction.CREATE_IDENTITY) {
      return new RoleMap(Map.of(Role.INSTANCE_OWNER, grant(action.path(), value)));
    }
    if (!value.isObject()) {
      throw invalid(
          "'permissions." + action.path() + "' must be an object of roles to Grant or Deny");
    }
    Map<Role, Boolean> grants = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      JsonNode grant = value.get(role.wireName());
      if (grant != null && !grant.isNull()) {
        grants.put(role, grant(action.path() + "." + role.wireName(), grant));
      }
    }
    return new RoleMap(grants);
  }

  private static boolean grant(String path, JsonNode value) {
    if (value.isTextual() && value.asText().equals("Grant")) {
      return true;
    }
    if (value.isTextual() && value.asText().equals("Deny")) {
      return false;
    }
    throw invalid("'permissions." + path + "' must be \"Grant\" or \"Deny\" but was " + value);
  }

  private static ProtocolException invalid(String message) {
    return new ProtocolException(ErrorCode.INVALID_FIELD, message);
  }
}

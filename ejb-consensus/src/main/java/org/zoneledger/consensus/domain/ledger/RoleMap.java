package org.zoneledger.consensus.domain.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A role map of spec §9.9: for some roles, {@code true} (Grant) or {@code false} (Deny).
 *
 * <p>Evaluation [our choice; the SDKs cannot observe it]: for each principal, the most specific
 * role it holds that the map mentions decides ({@code InstanceOwner} before {@code TypeOwner}
 * before {@code Everyone}); a principal holding no mentioned role is denied. The action is allowed
 * iff at least one principal of the request is allowed. So {@code {Everyone: Deny, InstanceOwner:
 * Grant}} means "only the owner", and {@code {Everyone: Grant, InstanceOwner: Deny}} "anyone but
 * the owner".
 */
public record RoleMap(Map<Role, Boolean> grants) {
  public RoleMap {
    EnumMap<Role, Boolean> copy = new EnumMap<>(Role.class);
    copy.putAll(grants);
    grants = Collections.unmodifiableMap(copy);
  }

  public static RoleMap grant(Role... roles) {
    EnumMap<Role, Boolean> map = new EnumMap<>(Role.class);
    for (Role role : roles) {
      map.put(role, true);
    }
    return new RoleMap(map);
  }

  /**
   * Whether any of {@code principals} is allowed.
   *
   * @param typeOwner the owner of the asset type, when the subject has one
   * @param isInstanceOwner which principals own the instance (subject) the action is about
   */
  public boolean allows(
      Set<String> principals, Optional<String> typeOwner, Predicate<String> isInstanceOwner) {
    for (String principal : principals) {
      if (allows(principal, typeOwner, isInstanceOwner)) {
        return true;
      }
    }
    return false;
  }

  private boolean allows(
      String principal, Optional<String> typeOwner, Predicate<String> isInstanceOwner) {
    if (isInstanceOwner.test(principal) && grants.containsKey(Role.INSTANCE_OWNER)) {
      return grants.get(Role.INSTANCE_OWNER);
    }
    if (typeOwner.filter(principal::equals).isPresent() && grants.containsKey(Role.TYPE_OWNER)) {
      return grants.get(Role.TYPE_OWNER);
    }
    return grants.getOrDefault(Role.EVERYONE, false);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    grants.forEach(
        (role, grant) ->
            text.append(text.length() > 1 ? ", " : "")
                .append(role.wireName())
                .append(": ")
                .append(grant ? "Grant" : "Deny"));
    return text.append('}').toString();
  }
}

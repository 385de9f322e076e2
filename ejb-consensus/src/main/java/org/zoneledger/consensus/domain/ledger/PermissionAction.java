package org.zoneledger.consensus.domain.ledger;

/**
 * The keys of a {@code permissions} object (spec §9.9). The ordinal is the encoded tag: never
 * reorder, only append. {@link #CREATE_IDENTITY} carries a plain {@code Grant}/{@code Deny}, held
 * as a role map for the identity itself ({@link Role#INSTANCE_OWNER}).
 */
public enum PermissionAction {
  READ("read"),
  CREATE_CLAIM("createClaim"),
  ENDORSE_CLAIM("endorseClaim"),
  CREATE_IDENTITY("createIdentity"),
  INSTANCES_CREATE("instances.create"),
  INSTANCES_READ("instances.read"),
  INSTANCES_CREATE_CLAIM("instances.createClaim"),
  INSTANCES_ENDORSE_CLAIM("instances.endorseClaim"),
  INSTANCES_TRANSFER("instances.transfer"),
  INSTANCES_ADD_QUANTITY("instances.addQuantity");

  private final String path;

  PermissionAction(String path) {
    this.path = path;
  }

  /** The key in the JSON object, {@code instances.*} nested under {@code instances}. */
  public String path() {
    return path;
  }

  public boolean isInstanceAction() {
    return path.startsWith("instances.");
  }
}

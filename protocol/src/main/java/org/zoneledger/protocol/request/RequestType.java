package org.zoneledger.protocol.request;

import java.util.Optional;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/** The thirteen {@code _type} values of a command body (spec §4.2). */
public enum RequestType {
  ISSUE_IDENTITY("IssueIdentityRequest", null),
  CREATE_IDENTITY("CreateIdentityRequest", null),
  DEFINE_ASSET_TYPE("DefineAssetTypeRequest", null),
  CREATE_ASSET("CreateAssetRequest", null),
  ADD_QUANTITY("AddQuantityRequest", null),
  CREATE_IDENTITY_CLAIMS("CreateIdentityClaimsRequest", EntityKind.IDENTITY),
  CREATE_ASSET_TYPE_CLAIMS("CreateAssetTypeClaimsRequest", EntityKind.ASSET_TYPE),
  CREATE_ASSET_CLAIMS("CreateAssetClaimsRequest", EntityKind.ASSET),
  CREATE_IDENTITY_ENDORSEMENTS("CreateIdentityEndorsementsRequest", EntityKind.IDENTITY),
  CREATE_ASSET_TYPE_ENDORSEMENTS("CreateAssetTypeEndorsementsRequest", EntityKind.ASSET_TYPE),
  CREATE_ASSET_ENDORSEMENTS("CreateAssetEndorsementsRequest", EntityKind.ASSET),
  ADD_DELEGATE("AddDelegateRequest", null),
  TRANSFERS("TransfersRequest", null);

  private final String wireName;
  private final EntityKind subjectKind;

  RequestType(String wireName, EntityKind subjectKind) {
    this.wireName = wireName;
    this.subjectKind = subjectKind;
  }

  /** The exact {@code _type} string. */
  public String wireName() {
    return wireName;
  }

  /** For claim and endorsement types, the kind of their subject. */
  public Optional<EntityKind> subjectKind() {
    return Optional.ofNullable(subjectKind);
  }

  /** Whether the request carries an {@code X-IOV42-Claims} header. */
  public boolean carriesClaimsHeader() {
    return subjectKind != null;
  }

  public static RequestType fromWireName(String name) {
    for (RequestType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw new ProtocolException(
        ErrorCode.UNKNOWN_REQUEST_TYPE, "Unknown request _type '" + name + "'");
  }
}

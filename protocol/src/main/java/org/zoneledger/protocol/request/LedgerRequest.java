package org.zoneledger.protocol.request;

import java.util.List;

/** One command body (spec §4.2), as a value. */
public sealed interface LedgerRequest
    permits IssueIdentity,
        CreateIdentity,
        DefineAssetType,
        CreateAsset,
        AddQuantity,
        CreateClaims,
        CreateEndorsements,
        AddDelegate,
        Transfers {

  RequestType type();

  String requestId();

  /** The resource paths a successful execution reports, in the order of spec §4.2. */
  List<String> resources();
}

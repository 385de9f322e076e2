package org.zoneledger.protocol.request;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The text an endorser signs for one claim (spec §4.2.9): {@code identityId;hash}, {@code
 * assetTypeId;hash} or {@code assetId;assetTypeId;hash}.
 */
public final class Endorsement {
  private Endorsement() {}

  public static String signedText(EntityRef subject, String claimHash) {
    return switch (subject.kind()) {
      case IDENTITY, ASSET_TYPE -> subject.id() + ";" + claimHash;
      case ASSET -> subject.id() + ";" + subject.typeId() + ";" + claimHash;
    };
  }

  public static byte[] signedBytes(EntityRef subject, String claimHash) {
    return signedText(subject, claimHash).getBytes(UTF_8);
  }
}

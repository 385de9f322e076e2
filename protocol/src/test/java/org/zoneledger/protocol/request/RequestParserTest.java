package org.zoneledger.protocol.request;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class RequestParserTest {

  static Stream<Arguments> everyTypeInEveryOrder() {
    return SampleRequests.all().stream()
        .flatMap(r -> Stream.of(PropertyOrder.values()).map(o -> Arguments.of(r, o)));
  }

  @Test
  void theSamplesCoverAllThirteenTypes() {
    Set<RequestType> types =
        SampleRequests.all().stream().map(LedgerRequest::type).collect(Collectors.toSet());
    assertThat(types).isEqualTo(EnumSet.allOf(RequestType.class));
  }

  @ParameterizedTest
  @MethodSource("everyTypeInEveryOrder")
  void everyTypeParsesFromTheBodyEachSdkWrites(LedgerRequest request, PropertyOrder order) {
    byte[] body = RequestWriter.write(request, order);

    ParsedRequest parsed = RequestParser.parse(body);

    assertThat(parsed.request()).isEqualTo(request);
    assertThat(parsed.body()).isEqualTo(body);
  }

  @Test
  void javaSdkBodiesStartWithTypeThenRequestIdAndTypeScriptBodiesEndWithThem() {
    LedgerRequest request = new DefineAssetType("r-2", "car", AssetKind.UNIQUE, null);
    assertThat(new String(RequestWriter.write(request, PropertyOrder.JAVA_SDK), UTF_8))
        .isEqualTo(
            "{\"_type\":\"DefineAssetTypeRequest\",\"requestId\":\"r-2\",\"assetTypeId\":\"car\",\"type\":\"Unique\"}");
    assertThat(new String(RequestWriter.write(request, PropertyOrder.TYPESCRIPT_SDK), UTF_8))
        .isEqualTo(
            "{\"assetTypeId\":\"car\",\"type\":\"Unique\",\"requestId\":\"r-2\",\"_type\":\"DefineAssetTypeRequest\"}");
  }

  @Test
  void theSpecsTypeScriptExampleWithPermissionsParsesAndKeepsThePermissions() {
    String body =
        "{\"assetTypeId\":\"car\",\"type\":\"Unique\",\"requestId\":\"r-2\",\"_type\":\"DefineAssetTypeRequest\","
            + "\"permissions\":{\"read\":{\"Everyone\":\"Grant\"},\"instances\":{\"transfer\":{\"InstanceOwner\":\"Grant\"}}}}";
    ParsedRequest parsed = RequestParser.parse(body.getBytes(UTF_8));
    assertThat(parsed.request())
        .isEqualTo(new DefineAssetType("r-2", "car", AssetKind.UNIQUE, null));
    assertThat(parsed.permissionsJson()).contains("\"InstanceOwner\":\"Grant\"");
  }

  @Test
  void theSpecsTransfersExampleParsesWithResourcesInItemOrder() {
    String body =
        "{\"_type\":\"TransfersRequest\",\"requestId\":\"r-6\",\"transfers\":[\n"
            + "  {\"assetTypeId\":\"car\",\"assetId\":\"car-7\",\"fromIdentityId\":\"alice\",\"toIdentityId\":\"bob\"},\n"
            + "  {\"assetTypeId\":\"eur\",\"fromAssetId\":\"acc-bob\",\"toAssetId\":\"acc-alice\",\"quantity\":\"2500\"}]}";
    LedgerRequest request = RequestParser.parse(body.getBytes(UTF_8)).request();
    assertThat(request.resources())
        .containsExactly(
            "/api/v1/asset-types/car/assets/car-7",
            "/api/v1/asset-types/eur/assets/acc-bob",
            "/api/v1/asset-types/eur/assets/acc-alice");
  }

  @Test
  void endorsementResourcesFollowTheBodysKeyOrder() {
    String body =
        "{\"_type\":\"CreateAssetEndorsementsRequest\",\"requestId\":\"r-5\",\"endorsements\":{\""
            + SampleRequests.HASH2
            + "\":\"c2ln\",\""
            + SampleRequests.HASH
            + "\":\"c2ln\"},\"endorserId\":\"mva\",\"subjectId\":\"car-7\",\"subjectTypeId\":\"car\"}";
    List<String> resources = RequestParser.parse(body.getBytes(UTF_8)).request().resources();
    String base = "/api/v1/asset-types/car/assets/car-7/claims/";
    assertThat(resources)
        .containsExactly(
            base + SampleRequests.HASH2,
            base + SampleRequests.HASH2 + "/endorsements/mva",
            base + SampleRequests.HASH,
            base + SampleRequests.HASH + "/endorsements/mva");
  }

  @Test
  void nullCountsAsAbsentAndUnknownPropertiesAreIgnored() {
    String body =
        "{\"_type\":\"CreateAssetRequest\",\"requestId\":\"r-3\",\"assetId\":\"car-7\","
            + "\"assetTypeId\":\"car\",\"quantity\":null,\"colour\":\"red\"}";
    assertThat(RequestParser.parse(body.getBytes(UTF_8)).request())
        .isEqualTo(new CreateAsset("r-3", "car-7", "car", null));
  }

  @Test
  void anAccountMayStartWithZero() {
    String body =
        "{\"_type\":\"CreateAssetRequest\",\"requestId\":\"r\",\"assetId\":\"a\",\"assetTypeId\":\"t\",\"quantity\":\"0\"}";
    assertThat(((CreateAsset) RequestParser.parse(body.getBytes(UTF_8)).request()).quantity())
        .isEqualTo(BigInteger.ZERO);
  }

  @ParameterizedTest
  @MethodSource("rejectedBodies")
  void badBodiesAreRejectedWithTheirOwnCode(String body, ErrorCode code, String messagePart) {
    assertThatThrownBy(() -> RequestParser.parse(body.getBytes(UTF_8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(messagePart)
        .extracting(e -> ((ProtocolException) e).errorCode())
        .isEqualTo(code);
  }

  static Stream<Arguments> rejectedBodies() {
    String transfer =
        "{\"_type\":\"TransfersRequest\",\"requestId\":\"r\",\"transfers\":[{\"assetTypeId\":\"eur\","
            + "\"fromAssetId\":\"a\",\"toAssetId\":\"b\",\"quantity\":\"%s\"}]}";
    return Stream.of(
        Arguments.of("{\"_type\":", ErrorCode.MALFORMED_BODY, "not valid JSON"),
        Arguments.of("[1]", ErrorCode.MALFORMED_BODY, "JSON object"),
        Arguments.of(
            "{\"_type\":\"AddDelegateRequest\",\"_type\":\"TransfersRequest\"}",
            ErrorCode.MALFORMED_BODY,
            "Duplicate"),
        Arguments.of(
            "{\"_type\":\"DeleteEverything\",\"requestId\":\"r\"}",
            ErrorCode.UNKNOWN_REQUEST_TYPE,
            "DeleteEverything"),
        Arguments.of("{\"requestId\":\"r\"}", ErrorCode.INVALID_FIELD, "'_type'"),
        Arguments.of(
            "{\"_type\":\"AddDelegateRequest\",\"requestId\":\"r;1\"}",
            ErrorCode.INVALID_ID,
            "'requestId'"),
        Arguments.of(
            "{\"_type\":\"AddDelegateRequest\",\"requestId\":\"r\",\"delegateIdentityId\":\"b\"}",
            ErrorCode.INVALID_FIELD,
            "'delegatorIdentityId'"),
        Arguments.of(transfer.formatted("-5"), ErrorCode.INVALID_FIELD, "decimal digits"),
        Arguments.of(transfer.formatted("0"), ErrorCode.INVALID_FIELD, "greater than 0"),
        Arguments.of(transfer.formatted("1.5"), ErrorCode.INVALID_FIELD, "decimal digits"),
        Arguments.of(
            "{\"_type\":\"CreateIdentityClaimsRequest\",\"requestId\":\"r\",\"subjectId\":\"a\",\"claims\":[\"claim\"]}",
            ErrorCode.INVALID_FIELD,
            "43 base64url"),
        Arguments.of(
            "{\"_type\":\"DefineAssetTypeRequest\",\"requestId\":\"r\",\"assetTypeId\":\"a\",\"type\":\"Fungible\"}",
            ErrorCode.INVALID_FIELD,
            "Unique or Quantifiable"),
        Arguments.of(
            "{\"_type\":\"TransfersRequest\",\"requestId\":\"r\",\"transfers\":[]}",
            ErrorCode.INVALID_FIELD,
            "non-empty"),
        Arguments.of("{\"_type\":\"AddDelegateRequest\"} {}", ErrorCode.MALFORMED_BODY, "JSON"));
  }
}

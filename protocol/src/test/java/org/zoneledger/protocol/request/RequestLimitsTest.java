package org.zoneledger.protocol.request;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

class RequestLimitsTest {
  private static final Iov42Headers NO_HEADERS = new Iov42Headers(null, null, null);

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsParsed() {
    byte[] body = new byte[RequestLimits.MAX_BODY_BYTES + 1];
    assertThatThrownBy(
            () ->
                RequestVerifier.checkWithoutSigners(
                    VerificationMode.IOV42, "req-1", body, NO_HEADERS))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errorCode())
                    .isEqualTo(ErrorCode.BODY_TOO_LARGE));
  }

  @Test
  void aHeaderOverTheLimitIsRefused() {
    String huge = "a".repeat(RequestLimits.MAX_HEADER_CHARS + 1);
    assertThatThrownBy(
            () -> RequestLimits.checkSizes(new byte[10], new Iov42Headers(huge, null, null)))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errorCode())
                    .isEqualTo(ErrorCode.LIMIT_EXCEEDED));
  }

  @Test
  void transferItemsClaimsAndPlaintextsAreCounted() {
    List<Transfer> items = new ArrayList<>();
    for (int i = 0; i <= RequestLimits.MAX_TRANSFER_ITEMS; i++) {
      items.add(new Transfer.Quantity("EUR", "a" + i, "b", BigInteger.ONE));
    }
    assertThatThrownBy(
            () -> RequestLimits.checkCounts(new Transfers("r", items), List.of(), Map.of()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("transfer items");
    assertThatCode(
            () ->
                RequestLimits.checkCounts(
                    new Transfers("r", items.subList(0, RequestLimits.MAX_TRANSFER_ITEMS)),
                    List.of(),
                    Map.of()))
        .doesNotThrowAnyException();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i <= RequestLimits.MAX_CLAIMS; i++) {
      hashes.add(ClaimHash.of("claim " + i));
    }
    assertThatThrownBy(
            () ->
                RequestLimits.checkCounts(
                    new CreateClaims("r", EntityRef.identity("alice"), hashes),
                    List.of(),
                    Map.of()))
        .hasMessageContaining("claims");
    String big = "x".repeat(RequestLimits.MAX_CLAIM_PLAINTEXT_BYTES + 1);
    assertThatThrownBy(
            () ->
                RequestLimits.checkCounts(
                    new CreateClaims("r", EntityRef.identity("alice"), List.of(ClaimHash.of(big))),
                    List.of(),
                    Map.of(ClaimHash.of(big), big)))
        .hasMessageContaining("plaintext");
  }
}

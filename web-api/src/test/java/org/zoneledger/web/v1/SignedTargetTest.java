package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SignedTargetTest {

  private static String target(String requestUri, String baseUri) {
    return SignedTarget.of(URI.create(requestUri), URI.create(baseUri));
  }

  @Test
  void theTargetIsThePathFromApiAndTheRawQueryInTheOrderSent() {
    assertThat(
            target(
                "http://node1:8080/api/v1/identities/alice/claims?requestId=r1&limit=10&next=abc&nodeId=node1",
                "http://node1:8080/api/"))
        .isEqualTo("/api/v1/identities/alice/claims?requestId=r1&limit=10&next=abc&nodeId=node1");
    assertThat(
            target(
                "http://node1:8080/api/v1/identities/alice/claims?requestId=r1&nodeId=node1&limit=10&next=abc",
                "http://node1:8080/api/"))
        .isEqualTo("/api/v1/identities/alice/claims?requestId=r1&nodeId=node1&limit=10&next=abc");
  }

  @Test
  void aContextRootBeforeTheApplicationIsNotPartOfTheTarget() {
    assertThat(
            target(
                "https://host/zone-ledger/api/v1/asset-types/EUR?requestId=r1&nodeId=node1",
                "https://host/zone-ledger/api/"))
        .isEqualTo("/api/v1/asset-types/EUR?requestId=r1&nodeId=node1");
  }

  @Test
  void aTrailingSlashAndPercentEncodingStayAsSent() {
    assertThat(
            target(
                "http://h/api/v1/asset-types/EUR/claims/?requestId=r%2D1&nodeId=node1",
                "http://h/api/"))
        .isEqualTo("/api/v1/asset-types/EUR/claims/?requestId=r%2D1&nodeId=node1");
  }

  @Test
  void aTargetWithoutQueryHasNoQuestionMark() {
    assertThat(target("http://h/api/v1/node-info", "http://h/api/")).isEqualTo("/api/v1/node-info");
  }

  @Test
  void theReadRequestIdIsTakenFromTheRawQueryWhereverItStands() {
    assertThat(SignedTarget.readRequestId("/api/v1/x?nodeId=n&requestId=req-2")).contains("req-2");
    assertThat(SignedTarget.readRequestId("/api/v1/x?nodeId=n")).isEmpty();
    assertThat(SignedTarget.readRequestId("/api/v1/x")).isEmpty();
  }
}

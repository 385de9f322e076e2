package org.zoneledger.client.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zoneledger.protocol.auth.IdentityDirectory;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

class TransferGeneratorTest {
  private static final BenchAccounts ACCOUNTS = BenchAccounts.generate("t", 10);

  /** The generated identities, as a node would know them after the set-up. */
  static IdentityDirectory directory(BenchAccounts accounts) {
    Map<String, PublicCredentials> keys = new HashMap<>();
    keys.put(accounts.issuer().identityId(), accounts.issuer().credentials());
    accounts
        .holders()
        .forEach(h -> keys.put(h.identity().identityId(), h.identity().credentials()));
    return new IdentityDirectory() {
      @Override
      public List<PublicCredentials> credentials(String identityId) {
        PublicCredentials key = keys.get(identityId);
        return key == null ? List.of() : List.of(key);
      }

      @Override
      public boolean isDelegate(String delegatorId, String delegateId) {
        return false;
      }
    };
  }

  @Test
  void everyTransferVerifiesAndIsAuthorisedByTheSendersOwner() {
    RequestVerifier verifier = new RequestVerifier(directory(ACCOUNTS), VerificationMode.IOV42);
    TransferGenerator generator = new TransferGenerator(ACCOUNTS, false);
    SplittableRandom random = new SplittableRandom(1);

    for (int i = 0; i < 200; i++) {
      PreparedPut put = generator.next(random);
      VerifiedRequest verified =
          verifier.verify(
              put.requestId(),
              put.body(),
              new Iov42Headers(put.authorisations(), put.authentication(), null));

      Transfers transfers = (Transfers) verified.parsed().request();
      assertThat(transfers.transfers()).hasSize(1);
      Transfer.Quantity q = (Transfer.Quantity) transfers.transfers().get(0);
      assertThat(q.assetTypeId()).isEqualTo(ACCOUNTS.assetTypeId());
      assertThat(q.fromAssetId()).isNotEqualTo(q.toAssetId());
      assertThat(q.quantity()).isBetween(BigInteger.ONE, BigInteger.valueOf(100));
      String owner = ACCOUNTS.holder(index(q.fromAssetId())).identity().identityId();
      assertThat(verified.authorisations())
          .singleElement()
          .satisfies(a -> assertThat(a.identityId()).isEqualTo(owner));
      assertThat(verified.authentication().identityId()).isEqualTo(owner);
    }
  }

  @Test
  void senderAndReceiverAlwaysDifferAndEveryAccountTakesPart() {
    TransferGenerator generator = new TransferGenerator(BenchAccounts.generate("p", 3), false);
    SplittableRandom random = new SplittableRandom(2);
    int[] seen = new int[3];

    for (int i = 0; i < 3_000; i++) {
      int[] pair = generator.pair(random);
      assertThat(pair[0]).isNotEqualTo(pair[1]);
      seen[pair[0]]++;
      seen[pair[1]]++;
    }

    assertThat(java.util.Arrays.stream(seen).boxed().toList())
        .allSatisfy(n -> assertThat(n).isBetween(1_800, 2_200));
  }

  @Test
  void withHotNinetyPercentTouchTheHotAccountOnEitherSide() {
    TransferGenerator generator = new TransferGenerator(ACCOUNTS, true);
    SplittableRandom random = new SplittableRandom(3);
    int hot = 0;
    int hotSends = 0;
    int n = 20_000;

    for (int i = 0; i < n; i++) {
      int[] pair = generator.pair(random);
      assertThat(pair[0]).isNotEqualTo(pair[1]);
      hot += pair[0] == 0 || pair[1] == 0 ? 1 : 0;
      hotSends += pair[0] == 0 ? 1 : 0;
    }

    // 90 % by choice plus the random 10 % that hit account 0 by chance (2 of 10 sides each)
    assertThat(hot / (double) n).isBetween(0.90, 0.93);
    assertThat(hotSends / (double) hot).isBetween(0.45, 0.55);
  }

  private static int index(String accountId) {
    return Integer.parseInt(accountId.substring(accountId.lastIndexOf('-') + 1));
  }
}

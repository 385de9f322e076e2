package org.zoneledger.client.loadgen;

import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.protocol.request.Transfer;

/**
 * Random quantity transfers between the run's accounts: sender and receiver differ, the amount is
 * 0.01–1.00 (1–100 minor units), and the sender's owner authorises and authenticates (spec §3.8).
 * With {@code hot}, {@value #HOT_PERCENT} % of the transfers have account 0 on one side (sender or
 * receiver, even odds). Thread-safe when each thread passes its own random generator.
 */
final class TransferGenerator {
  static final int HOT_PERCENT = 90;
  static final int MAX_AMOUNT = 100;

  private final BenchAccounts accounts;
  private final boolean hot;
  private final CommandBuilder builder = new CommandBuilder();

  TransferGenerator(BenchAccounts accounts, boolean hot) {
    if (accounts.size() < 2) {
      throw new IllegalArgumentException("transfers need at least two accounts");
    }
    this.accounts = accounts;
    this.hot = hot;
  }

  /** The sender and receiver account indexes of the next transfer. */
  int[] pair(RandomGenerator random) {
    int n = accounts.size();
    if (hot && random.nextInt(100) < HOT_PERCENT) {
      int other = 1 + random.nextInt(n - 1);
      return random.nextBoolean() ? new int[] {0, other} : new int[] {other, 0};
    }
    int from = random.nextInt(n);
    int to = random.nextInt(n - 1);
    return new int[] {from, to >= from ? to + 1 : to};
  }

  PreparedPut next(RandomGenerator random) {
    int[] pair = pair(random);
    BenchAccounts.Holder from = accounts.holder(pair[0]);
    BenchAccounts.Holder to = accounts.holder(pair[1]);
    Transfer item =
        new Transfer.Quantity(
            accounts.assetTypeId(),
            from.accountId(),
            to.accountId(),
            BigInteger.valueOf(1 + random.nextInt(MAX_AMOUNT)));
    return PreparedPut.of(builder.transfers(List.of(from.identity().signatory()), List.of(item)));
  }
}

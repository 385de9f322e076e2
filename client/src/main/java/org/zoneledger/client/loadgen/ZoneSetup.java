package org.zoneledger.client.loadgen;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.zoneledger.client.CommandBuilder;
import org.zoneledger.client.PlatformErrorException;
import org.zoneledger.client.RetryExceededException;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;

/**
 * Creates the run's parties through the HTTP API, phase after phase, each phase's requests sent
 * concurrently (at most {@code concurrency} at a time) round-robin over the nodes: the identities,
 * the issuer's asset type, one account per holder, and (funding {@code MINT}) an {@code
 * AddQuantityRequest} per account authorised by its owner and the issuer, who owns the type and so
 * may mint (spec §3.8, §9.5). Accounts and mints all touch the asset type, so fewer of them are in
 * flight. A request refused for a transient reason is signed afresh and sent again, a few times.
 */
final class ZoneSetup {
  private static final int ATTEMPTS = 8;

  /**
   * Refusals that a later attempt can overcome: a node that has not yet applied an earlier phase
   * (unknown signer, not found), the asset type busy with the other accounts' requests, or a node
   * shedding load at its door (503 1002, nothing recorded), e.g. still busy with a previous run.
   */
  private static final Set<Integer> TRANSIENT = Set.of(1002, 2506, 2601, 2605);

  private static final int ALREADY_EXISTS = 2602;

  /**
   * Requests of one phase in flight at most when all touch the asset type: the zone decides them
   * one after the other, and one that waits too long for the type is rolled back (Contention).
   */
  static final int SAME_ENTITY_CONCURRENCY = 8;

  private final List<ZoneClient> clients;
  private final int concurrency;
  private final CommandBuilder builder = new CommandBuilder();
  private final AtomicInteger sent = new AtomicInteger();

  ZoneSetup(List<ZoneClient> clients, int concurrency) {
    this.clients = List.copyOf(clients);
    this.concurrency = concurrency;
  }

  /** Sets up {@code accounts}; returns the number of requests that committed. */
  int run(BenchAccounts accounts, BenchOptions.Funding funding, PrintStream out)
      throws InterruptedException {
    List<Supplier<SignedPut>> identities = new ArrayList<>();
    identities.add(() -> builder.issueIdentity(accounts.issuer()));
    accounts.holders().forEach(h -> identities.add(() -> builder.issueIdentity(h.identity())));
    phase("identities", identities, concurrency, out);
    phase("asset type", List.of(() -> assetType(accounts)), 1, out);
    int typeConcurrency = Math.min(concurrency, SAME_ENTITY_CONCURRENCY);
    BigInteger initial =
        funding == BenchOptions.Funding.INITIAL ? BenchAccounts.BALANCE : BigInteger.ZERO;
    phase("accounts", each(accounts, h -> account(accounts, h, initial)), typeConcurrency, out);
    if (funding == BenchOptions.Funding.MINT) {
      phase("mints", each(accounts, h -> mint(accounts, h)), typeConcurrency, out);
    }
    return sent.get();
  }

  private SignedPut assetType(BenchAccounts accounts) {
    return builder.defineAssetType(
        accounts.issuer().signatory(),
        accounts.assetTypeId(),
        AssetKind.QUANTIFIABLE,
        BenchAccounts.SCALE);
  }

  private SignedPut account(BenchAccounts accounts, BenchAccounts.Holder h, BigInteger initial) {
    return builder.createAsset(
        h.identity().signatory(), accounts.assetTypeId(), h.accountId(), initial);
  }

  /** The issuer mints as the type owner; the account's owner authorises too. */
  private SignedPut mint(BenchAccounts accounts, BenchAccounts.Holder h) {
    AddQuantity request =
        new AddQuantity(
            UUID.randomUUID().toString(),
            h.accountId(),
            accounts.assetTypeId(),
            BenchAccounts.BALANCE);
    return builder.sign(
        request, List.of(h.identity().signatory(), accounts.issuer().signatory()), null);
  }

  private static List<Supplier<SignedPut>> each(
      BenchAccounts accounts, Function<BenchAccounts.Holder, SignedPut> request) {
    return accounts.holders().stream()
        .<Supplier<SignedPut>>map(h -> () -> request.apply(h))
        .toList();
  }

  private void phase(String name, List<Supplier<SignedPut>> steps, int inFlight, PrintStream out)
      throws InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(inFlight, steps.size()));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        ZoneClient client = clients.get(i % clients.size());
        Supplier<SignedPut> step = steps.get(i);
        done.add(
            pool.submit(
                () -> {
                  send(client, step);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "set-up of the " + name + " failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    out.printf("set up %d %s in %.1f s%n", steps.size(), name, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Sends one step until it commits. An answer that never came (time-out, still pending) is sent
   * again too — by the client itself (the same request) or here (signed afresh); an earlier send
   * may have committed meanwhile, so "already exists" counts as done on any attempt (every id is
   * the run's own), and a mint may be applied twice (harmless here).
   */
  private void send(ZoneClient client, Supplier<SignedPut> step) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        client.send(step.get());
        sent.incrementAndGet();
        return;
      } catch (PlatformErrorException e) {
        if (e.errorResponse().hasCode(ALREADY_EXISTS)) {
          sent.incrementAndGet();
          return;
        }
        if (attempt == ATTEMPTS || TRANSIENT.stream().noneMatch(e.errorResponse()::hasCode)) {
          throw e;
        }
      } catch (UncheckedIOException | RetryExceededException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
      Thread.sleep(200L * attempt);
    }
  }
}

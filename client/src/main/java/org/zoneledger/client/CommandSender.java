package org.zoneledger.client;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.protocol.auth.SignedPut;

/**
 * Sends a command and follows the pending-request protocol of spec §4.4 as the Java SDK's layer
 * does: on a 3xx still left after the HTTP client's own redirects, sleep {@code Retry-After}
 * (integer seconds) and re-send the original PUT unchanged to base URL + {@code Location}, until a
 * non-3xx arrives or the budget (40 s from the first send) is spent.
 *
 * <p>A PUT that fails without an answer (connection refused or closed, the node restarting) is sent
 * again, unchanged, after {@value #RESEND_PAUSE_MS} ms while the budget lasts: a byte-identical
 * re-PUT is a status poll (spec §4.4 item 4), so the request is never executed twice.
 */
final class CommandSender {
  static final long RESEND_PAUSE_MS = 250;

  /** Sleeps the given number of milliseconds. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final HttpTransport transport;
  private final Duration budget;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  CommandSender(HttpTransport transport, Duration budget, LongSupplier nanoClock, Sleeper sleeper) {
    this.transport = transport;
    this.budget = budget;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  RequestInfo send(SignedPut put) {
    long deadline = nanoClock.getAsLong() + budget.toNanos();
    String target = put.path();
    while (true) {
      HttpResponse<byte[]> response;
      try {
        response = transport.put(target, put);
      } catch (UncheckedIOException e) {
        if (nanoClock.getAsLong() - deadline >= 0) {
          throw e;
        }
        pauseMillis(RESEND_PAUSE_MS);
        continue;
      }
      int status = response.statusCode();
      if (status < 300 || status >= 400) {
        return transport.read(response, RequestInfo.class);
      }
      if (nanoClock.getAsLong() - deadline >= 0) {
        throw new RetryExceededException(
            "Request "
                + put.request().requestId()
                + " still pending after "
                + budget.toSeconds()
                + " s");
      }
      target =
          response
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new IllegalStateException("HTTP " + status + " without Location"));
      pause(response.headers().firstValue("Retry-After").orElse(null));
    }
  }

  private void pause(String retryAfter) {
    if (retryAfter == null) {
      return;
    }
    long seconds;
    try {
      seconds = Long.parseLong(retryAfter.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Retry-After must be an integer number of seconds: " + retryAfter, e);
    }
    pauseMillis(seconds * 1000);
  }

  private void pauseMillis(long millis) {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryExceededException("Interrupted while waiting for a pending request");
    }
  }
}

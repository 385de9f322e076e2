package org.zoneledger.client;

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
 */
final class CommandSender {
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
      HttpResponse<byte[]> response = transport.put(target, put);
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
    try {
      sleeper.sleep(Long.parseLong(retryAfter.trim()) * 1000);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Retry-After must be an integer number of seconds: " + retryAfter, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryExceededException("Interrupted while waiting for a pending request");
    }
  }
}

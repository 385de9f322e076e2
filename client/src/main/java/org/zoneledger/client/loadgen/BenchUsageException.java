package org.zoneledger.client.loadgen;

/** A bad {@code zone bench} command line; the command answers it with the usage and exit code 2. */
final class BenchUsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  BenchUsageException(String message) {
    super(message);
  }
}

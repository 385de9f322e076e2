package org.zoneledger.client.cli;

/** The command line is wrong; the message says how. Exit code 2. */
class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}

package org.zoneledger.client.cli;

/** A command could not do its work; the message says why. Exit code 1. */
class CommandException extends RuntimeException {

  CommandException(String message) {
    super(message);
  }
}

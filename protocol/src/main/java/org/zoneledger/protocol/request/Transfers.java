package org.zoneledger.protocol.request;

import java.util.List;

/** {@code TransfersRequest}: an atomic list of ownership and quantity transfers. */
public record Transfers(String requestId, List<Transfer> transfers) implements LedgerRequest {
  public Transfers {
    transfers = List.copyOf(transfers);
  }

  @Override
  public RequestType type() {
    return RequestType.TRANSFERS;
  }

  @Override
  public List<String> resources() {
    return transfers.stream().flatMap(t -> t.resources().stream()).toList();
  }
}

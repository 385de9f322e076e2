package org.zoneledger.client;

/** Paging of list reads: {@code limit} and {@code next} are each optional (null). */
public record Page(Integer limit, String next) {
  public static Page first() {
    return new Page(null, null);
  }

  public static Page of(int limit) {
    return new Page(limit, null);
  }

  /** The page after a response whose continuation token is {@code next}. */
  public Page after(String next) {
    return new Page(limit, next);
  }
}

/**
 * The iov42 command wire model (spec §4.2): one immutable record per request {@code _type} behind
 * the sealed {@link org.zoneledger.protocol.request.LedgerRequest}, the {@link
 * org.zoneledger.protocol.request.RequestParser} that reads raw body bytes once and keeps them
 * ({@link org.zoneledger.protocol.request.ParsedRequest}), the {@link
 * org.zoneledger.protocol.request.RequestWriter} that writes bodies as the Java and TypeScript SDKs
 * do, the id rules (§1.4), claim hashes (§2.3) and endorsement strings (§4.2.9).
 */
package org.zoneledger.protocol.request;

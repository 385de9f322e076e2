/**
 * The API's error model as seen by the protocol core: {@link
 * org.zoneledger.protocol.error.ErrorCode} (code, type and HTTP status of every rejection, spec
 * §10) and {@link org.zoneledger.protocol.error.ProtocolException}, the one typed exception thrown
 * for bad input.
 */
package org.zoneledger.protocol.error;

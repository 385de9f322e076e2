/**
 * Authentication and authorisation of iov42 requests (spec §3): the three {@code X-IOV42-*} headers
 * ({@link org.zoneledger.protocol.auth.Iov42Headers}), signature objects, the {@link
 * org.zoneledger.protocol.auth.IdentityDirectory} the verifiers look keys and delegates up in, the
 * PUT verifier ({@link org.zoneledger.protocol.auth.RequestVerifier}) and the authenticated-GET
 * verifier ({@link org.zoneledger.protocol.auth.ReadVerifier}) with its targets.
 */
package org.zoneledger.protocol.auth;

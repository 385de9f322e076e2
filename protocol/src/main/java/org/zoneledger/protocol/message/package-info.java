/**
 * Internal messages of the DRME protocol ({@link Entropy}, {@link Prepare}, {@link Vote}, {@link
 * Decide}, {@link Proof}) as immutable records, and their canonical, versioned binary encoding.
 *
 * <p>Every encoding starts with a version byte ({@link Encoding#VERSION}) and a type tag ({@link
 * MessageType}); fields follow in declaration order, each length-prefixed where its length varies.
 * The encoding is deterministic: one record has exactly one encoding, and the bytes a node signs
 * are the encoding without the trailing signature ({@code signingBytes()}). Decoding rejects
 * truncated input, trailing bytes, unknown versions or tags and invalid field values with a {@link
 * MessageDecodingException}.
 */
package org.zoneledger.protocol.message;

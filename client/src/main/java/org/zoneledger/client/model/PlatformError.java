package org.zoneledger.client.model;

/** One error of an {@link ErrorResponse}. */
public record PlatformError(int errorCode, String errorType, String message) {}

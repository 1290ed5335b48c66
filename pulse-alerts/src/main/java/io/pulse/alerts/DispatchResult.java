package io.pulse.alerts;

/**
 * What one dispatcher run did.
 *
 * @param delivered deliveries accepted by their receiver
 * @param failed deliveries that failed and stay pending for a later retry
 */
public record DispatchResult(int delivered, int failed) {}

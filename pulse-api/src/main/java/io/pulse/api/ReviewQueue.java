package io.pulse.api;

import java.util.List;

/**
 * The spot-check queue: how many are pending and the oldest ones.
 *
 * @param pending spot checks waiting for review
 * @param items the oldest of them
 */
public record ReviewQueue(long pending, List<ReviewItemView> items) {}

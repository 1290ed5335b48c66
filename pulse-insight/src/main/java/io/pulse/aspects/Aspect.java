package io.pulse.aspects;

/**
 * One aspect of the taxonomy.
 *
 * @param id stable key stored with interactions ({@code waiting_time})
 * @param name label for people ({@code Waiting time})
 */
public record Aspect(String id, String name) {}

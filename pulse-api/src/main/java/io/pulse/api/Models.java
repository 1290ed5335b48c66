package io.pulse.api;

import java.util.List;

/**
 * The model registry.
 *
 * @param active the version serving now
 * @param versions registered versions, newest first
 */
public record Models(String active, List<ModelVersionView> versions) {}

package io.pulse.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of a correction ({@code POST /api/v1/interactions/{id}/correction}) or a spot-check answer
 * ({@code POST /api/v1/review/{id}}, without note).
 *
 * @param label negative, neutral or positive
 * @param note optional note (corrections only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabelRequest(String label, String note) {}

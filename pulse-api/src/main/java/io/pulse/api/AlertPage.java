package io.pulse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of alerts.
 *
 * @param items the page's alerts, newest first
 * @param page page number, from 0
 * @param size page size asked for
 * @param total alerts matching the filters, over all pages
 * @param next link to the next page, absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertPage(List<AlertView> items, int page, int size, long total, String next) {}

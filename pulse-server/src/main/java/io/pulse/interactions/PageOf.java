package io.pulse.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of results.
 *
 * @param items the page's items
 * @param page page number, from 0
 * @param size page size asked for
 * @param total items matching the filters, over all pages
 * @param next link to the next page, absent on the last page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PageOf<T>(List<T> items, int page, int size, long total, String next) {}

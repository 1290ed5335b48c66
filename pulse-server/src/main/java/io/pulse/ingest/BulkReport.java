package io.pulse.ingest;

import java.util.List;

/**
 * Outcome of a bulk or CSV request: counts and one result per item, in request order.
 *
 * @param received items read from the body
 * @param created items stored
 * @param duplicate items whose external id was already stored (or repeated in the request)
 * @param rejected items that failed validation, with a problem each
 * @param items per-item results
 */
record BulkReport(int received, int created, int duplicate, int rejected, List<ItemResult> items) {

  static BulkReport of(List<ItemResult> items) {
    int created = 0;
    int duplicate = 0;
    int rejected = 0;
    for (ItemResult item : items) {
      switch (item.status()) {
        case ItemResult.CREATED -> created++;
        case ItemResult.DUPLICATE -> duplicate++;
        default -> rejected++;
      }
    }
    return new BulkReport(items.size(), created, duplicate, rejected, List.copyOf(items));
  }
}

package io.pulse.ingest;

import java.util.List;

/**
 * Outcome of a bulk or CSV request: counts and one result per item, in request order.
 *
 * @param received items read from the body
 * @param created items stored now (their status is pending, or scored/unscored after a wait)
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
      if (item.stored()) {
        created++;
      } else if (ItemResult.DUPLICATE.equals(item.status())) {
        duplicate++;
      } else {
        rejected++;
      }
    }
    return new BulkReport(items.size(), created, duplicate, rejected, List.copyOf(items));
  }
}

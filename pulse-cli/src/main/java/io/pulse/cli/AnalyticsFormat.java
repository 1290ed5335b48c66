package io.pulse.cli;

/** How {@code pulse rfm} and {@code pulse cohort} print their tables. */
enum AnalyticsFormat {
  /** Aligned text for people; import counts included. */
  table,
  /** RFC 4180 CSV on stdout; import counts on stderr. */
  csv,
  /** One JSON document with the import counts and the results. */
  json
}

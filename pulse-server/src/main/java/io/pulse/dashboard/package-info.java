/**
 * The web dashboard: static pages under {@code /dashboard/} (plain JavaScript modules and Apache
 * ECharts from its webjar, no Node build) and the read-only aggregates they need under {@code
 * /api/v1/dashboard} (overview, movers, topic or aspect x week heatmap, drill-down trend with
 * baseline band and samples, customer list). Every response names customers by pseudonym only and
 * carries redacted text only; the pages render text with {@code textContent}. {@link
 * io.pulse.dashboard.DashboardController} is the entry point; everything else is package-private.
 */
package io.pulse.dashboard;

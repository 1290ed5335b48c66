/**
 * Customer analytics on plain records: transaction import (CSV with a column mapping), RFM scores
 * and segments, monthly cohort retention, sentiment x RFM joins (valuable customers turning
 * negative, sentiment/revenue correlation, churn-risk ranking) and CRM KPIs.
 *
 * <p>{@link io.pulse.analytics.Analytics} is the only entry point; everything it takes and returns
 * is a public record of this package. Nothing here needs a server, a database or a model.
 */
package io.pulse.analytics;

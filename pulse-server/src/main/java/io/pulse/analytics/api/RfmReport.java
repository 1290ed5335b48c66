package io.pulse.analytics.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pulse.analytics.CustomerRfm;
import io.pulse.analytics.ImportReport;
import io.pulse.analytics.SegmentSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * RFM of a transaction file.
 *
 * @param transactions what the import read and dropped
 * @param referenceDate the date recency is counted to
 * @param customers customers scored
 * @param segments per segment: count, share and mean/std/min/max of recency, frequency, monetary
 * @param customerScores per customer (pseudonymised key), highest spend first; only when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RfmReport(
    ImportReport transactions,
    LocalDate referenceDate,
    int customers,
    List<SegmentSummary> segments,
    List<CustomerRfm> customerScores) {}

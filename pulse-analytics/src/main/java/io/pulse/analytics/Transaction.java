package io.pulse.analytics;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One transaction line (an invoice line in Online Retail terms).
 *
 * @param invoice invoice number; an invoice starting with {@code C} is a cancellation
 * @param stockCode product code, or {@code ""} when the file has no such column
 * @param quantity units sold (negative for returns)
 * @param invoiceDate when the invoice was issued (local clock of the shop)
 * @param unitPrice price of one unit
 * @param customerId customer key (an id or a pseudonym); never blank for imported transactions
 * @param country customer country, or {@code ""} when the file has no such column
 */
public record Transaction(
    String invoice,
    String stockCode,
    int quantity,
    LocalDateTime invoiceDate,
    double unitPrice,
    String customerId,
    String country) {

  /** Checks that the keys and the date are present. */
  public Transaction {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(customerId, "customerId");
    stockCode = stockCode == null ? "" : stockCode;
    country = country == null ? "" : country;
  }

  /** Quantity x unit price. */
  public double revenue() {
    return quantity * unitPrice;
  }
}
